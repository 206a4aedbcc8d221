using Intake.Classification.Model;
using Intake.Classification.Tests.Support;
using Intake.Domain.Documents;

namespace Intake.Classification.Tests.Model;

public class BlankPageDetectorTests
{
    [Fact]
    public void Page_without_words_is_blank() =>
        Assert.True(BlankPageDetector.IsBlank(new PageText(1, 595, 842, [], TextSource.Ocr, 0, 0)));

    [Fact]
    public void Scanner_specks_read_as_punctuation_are_blank() =>
        Assert.True(BlankPageDetector.IsBlank(PageTexts.FromText(". | ' , -\n~ .", confidence: 0.2)));

    [Fact]
    public void Page_with_text_is_not_blank() =>
        Assert.False(BlankPageDetector.IsBlank(PageTexts.FromText("Madame, Monsieur, veuillez trouver ci-joint")));

    [Fact]
    public void Low_confidence_words_do_not_count_as_content() =>
        Assert.True(BlankPageDetector.IsBlank(PageTexts.FromText("xz qw rt", confidence: 0.1)));

    [Fact]
    public void Few_words_with_much_ink_is_a_picture_not_a_blank_page()
    {
        Assert.False(BlankPageDetector.IsBlank(PageTexts.FromText("photo", image: PageTexts.Raster(0.2))));
        Assert.True(BlankPageDetector.IsBlank(PageTexts.FromText("photo", image: PageTexts.Raster(0.0005))));
    }

    [Fact]
    public void A_page_holding_only_a_fax_header_is_blank_and_a_faxed_page_with_content_is_not()
    {
        Assert.True(BlankPageDetector.IsBlank(PageTexts.FromText("+33 4 56 17 12 77 FAX P.007/011")));
        Assert.True(BlankPageDetector.IsBlankText("06/01/2026 10:32 FAX 04 78 12 34 56 CABINET MARTIN p. 002/005"));
        Assert.False(BlankPageDetector.IsBlank(PageTexts.FromText("+33 4 56 17 12 77 FAX P.007/011\nCertificat médical initial")));
        // a letter that gives its fax number is no transmission header
        Assert.False(BlankPageDetector.IsBlankText("Tél. 04 78 12 34 56 — Fax 04 78 12 34 57"));
    }

    [Fact]
    public void Ink_ratio_ignores_the_margins()
    {
        var image = PageTexts.Raster(0);
        for (int y = 0; y < image.Height; y++) image.Pixels[y * image.Width] = 0; // black scanner edge
        Assert.Equal(0, BlankPageDetector.InkRatio(image));
        Assert.InRange(BlankPageDetector.InkRatio(PageTexts.Raster(0.05)), 0.03, 0.07);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("  \n ", true)]
    [InlineData("2 .", true)]
    [InlineData("Acte de décès", false)]
    public void Text_only_pages(string text, bool blank) => Assert.Equal(blank, BlankPageDetector.IsBlankText(text));
}

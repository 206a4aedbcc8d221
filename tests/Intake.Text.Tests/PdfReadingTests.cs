using Intake.Domain.Documents;
using Intake.Text.Tests.Fixtures;

namespace Intake.Text.Tests;

public class PdfReadingTests
{
    private static readonly FileTextReader Reader = SharedReader.Instance;

    [Fact]
    public async Task Born_digital_pdf_uses_the_text_layer_with_exact_words()
    {
        var file = await Reader.ReadAsync(SampleFiles.BornDigitalPdf);

        Assert.Equal(2, file.Pages.Count);
        var page = file.Pages[0];
        Assert.Equal(TextSource.TextLayer, page.Source);
        Assert.Null(page.Image);
        Assert.Equal(1.0, page.MeanConfidence);
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
        Assert.Equal(SampleFiles.ClaimLines.Length, page.Lines.Count);
        Assert.Equal("Demande d'indemnisation", page.Lines[0].Text);
        Assert.Equal("Nom : DUPONT Prénom : Marie", page.Lines[3].Text);
        Assert.All(page.Words, w => Assert.Equal(1.0, w.Confidence));
        PageAssert.BoxesInsidePage(page);
        var title = PageAssert.Find(page, "Demande");
        Assert.InRange(title.Box.X0, 59, 61);
        Assert.InRange(title.Box.Y0, 770, 785); // baseline at 780, 18 pt
        Assert.Equal("Courrier de transmission", file.Pages[1].Lines[0].Text);
        Assert.Empty(file.FormFields);
    }

    [Fact]
    public async Task Image_only_pdf_is_ocrd_in_french_with_boxes_in_points()
    {
        var file = await Reader.ReadAsync(SampleFiles.ImageOnlyPdf);
        var born = await Reader.ReadAsync(SampleFiles.BornDigitalPdf);

        var page = Assert.Single(file.Pages);
        Assert.Equal(TextSource.Ocr, page.Source);
        Assert.Equal(0, page.RotationDegrees);
        Assert.True(page.MeanConfidence > 0.7, $"mean confidence {page.MeanConfidence}");
        PageAssert.ContainsText(page, "Demande d'indemnisation");
        PageAssert.ContainsText(page, "accident médical");
        PageAssert.ContainsText(page, "DUPONT");
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
        PageAssert.BoxesInsidePage(page);
        PageAssert.SamePlace(PageAssert.Find(born.Pages[0], "DUPONT").Box, PageAssert.Find(page, "DUPONT").Box);

        var image = Assert.IsType<GrayImage>(page.Image);
        Assert.Equal(300, image.DpiX, 0);
        Assert.Equal(image.Width * image.Height, image.Pixels.Length);
        // The word's box, mapped back to pixels, covers dark ink.
        var (x0, y0, x1, y1) = image.ToPixels(PageAssert.Find(page, "DUPONT").Box, page.Height);
        int dark = 0;
        for (int y = y0; y < y1; y++)
            for (int x = x0; x < x1; x++)
                if (image[x, y] < 128) dark++;
        Assert.True(dark > 50, $"only {dark} dark pixels under the word");
    }

    [Fact]
    public async Task Mixed_pdf_decides_per_page_and_keeps_the_typed_stamp()
    {
        var file = await Reader.ReadAsync(SampleFiles.MixedPdfPath);

        Assert.Equal(2, file.Pages.Count);
        Assert.Equal(TextSource.TextLayer, file.Pages[0].Source);
        var scan = file.Pages[1];
        Assert.Equal(TextSource.Ocr, scan.Source); // a stamp is not a text layer
        PageAssert.ContainsText(scan, "Courrier de transmission");
        PageAssert.ContainsText(scan, "pièces justificatives");
        Assert.Contains(scan.Words, w => w.Text == "05/01/2026");
        PageAssert.BoxesInsidePage(scan);
        Assert.NotNull(scan.Image);
    }

    [Fact]
    public async Task Pages_stream_in_order_and_count_matches()
    {
        Assert.Equal(2, Reader.CountPages(SampleFiles.MixedPdfPath));
        var numbers = new List<int>();
        await foreach (var page in Reader.ReadPagesAsync(SampleFiles.BornDigitalPdf)) numbers.Add(page.Number);
        Assert.Equal([1, 2], numbers);
        Assert.Contains(Reader.Stats.Pages, p => p.Source == TextSource.TextLayer && p.TextLayerMs > 0);
    }
}

using Intake.Classification.Features;

namespace Intake.Classification.Tests.Features;

public class PageCueReaderTests
{
    [Theory]
    [InlineData("Rapport\nblabla\nPage 2/5", 2, 5)]
    [InlineData("texte\nPage 1 sur 3", 1, 3)]
    [InlineData("entête\n- 3/4 -", 3, 4)]
    [InlineData("texte\nPage 7", 7, null)]
    [InlineData("II. Examen\ntexte du rapport\nRapport d'expertise — DUPONT — page 2", 2, null)]
    [InlineData("Cabinet Martin | page 3\ntexte\nsuite", 3, null)]
    public void Reads_page_numbering(string text, int page, int? count)
    {
        var cues = PageCueReader.Read(text, null);
        Assert.Equal(page, cues.PageNumber);
        Assert.Equal(count, cues.PageCount);
    }

    [Theory]
    [InlineData("Le patient a reçu 3/4 de la dose\net 12/03/2020")]
    [InlineData("Page 5/3")]
    [InlineData("en-tête\nobjet\nvoir le compte rendu, page 2\ntexte\nsuite du texte\nfin")]
    public void Ignores_fractions_that_are_not_numbering(string text) =>
        Assert.Null(PageCueReader.Read(text, null).PageNumber);

    [Fact]
    public void Detects_form_number_mrz_title_and_date_lines()
    {
        var text = "Docteur Jean MARTIN\n12 rue des Lilas\nCERTIFICAT MÉDICAL\nParis, le 3 mars 2021\n" +
                   "IDFRAMARTIN<<<<<<<<<<<<<<<<<<<751234\nformulaire cerfa 12245*03\nle 12/04/2021";
        var cues = PageCueReader.Read(text, 87);
        Assert.True(cues.HasFormNumber);
        Assert.Equal(1, cues.MrzLineCount);
        Assert.Equal("certificat medical", cues.FirstPageTitle);
        Assert.True(cues.HasDateLineAtTop);
        Assert.Equal(2, cues.DateLineCount);
        Assert.Equal(0.87, cues.MeanConfidence!.Value, 3);
    }

    [Fact]
    public void Title_must_be_a_whole_word_at_the_start_of_a_top_line()
    {
        Assert.Null(PageCueReader.Read("Facturation des actes\nautre", null).FirstPageTitle);
        Assert.Null(PageCueReader.Read("Voir le certificat médical joint", null).FirstPageTitle);
        var deep = string.Join('\n', Enumerable.Range(0, 12).Select(i => $"ligne {i}")) + "\nCertificat médical";
        Assert.Null(PageCueReader.Read(deep, null).FirstPageTitle);
    }

    [Fact]
    public void Cue_tokens_carry_numbering_titles_and_buckets_but_not_the_place_in_the_file()
    {
        var features = PageFeatureExtractor.Extract("COMPTE RENDU OPÉRATOIRE\nPage 1/2\n" + string.Join(' ', Enumerable.Repeat("mot", 70)), 0.95);
        var tokens = features.CueTokens.Split(' ');
        Assert.Contains("numfirst", tokens);
        Assert.Contains("numnotlast", tokens);
        Assert.Contains("titlecompterenduoperatoire", tokens);
        Assert.Contains("lenm", tokens);
        Assert.Contains("confhigh", tokens);
        Assert.DoesNotContain(tokens, t => t.StartsWith("pos", StringComparison.Ordinal));
        Assert.Equal("conftextlayer", PageFeatureExtractor.ConfidenceBucket(null));
    }
}

using Intake.Corpus.Model;
using Intake.Corpus.Rendering;

namespace Intake.Corpus.Tests;

/// <summary>The training text is what the text stage reads: rows by baseline, words left to right.</summary>
public sealed class ReadingOrderTests
{
    private static PageLayout Lay(params Line[] lines) => LayoutEngine.Layout(new Page(lines), false);

    private static Span Value(string text, double column, CombSpec? comb = null) =>
        new(text, SpanStyle.Normal, column) { FormField = "f" + text, Comb = comb };

    [Fact]
    public void Two_columns_interleave_row_by_row()
    {
        var layout = Lay(
            new Line([new Span("Nom :"), Value("DUPONT", 0.2), new Span("Prénom :", SpanStyle.Normal, 0.5), Value("JEAN", 0.7)]),
            new Line([new Span("Ville :"), Value("LYON", 0.2), new Span("CP :", SpanStyle.Normal, 0.5), Value("69001", 0.7)]));
        Assert.Equal("Nom : DUPONT Prénom : JEAN\nVille : LYON CP : 69001", ReadingOrder.Text(layout));
    }

    [Fact]
    public void Leaders_read_as_dots_and_form_values_vanish_from_an_acroform_text_layer()
    {
        var layout = Lay(new Line([new Span("Nom"), new Span(".", SpanStyle.Leader), Value("DUPONT", 0.4)]));
        var scan = ReadingOrder.Text(layout);
        Assert.Matches(@"^Nom \.{10,} DUPONT$", scan);
        Assert.Matches(@"^Nom \.{10,}$", ReadingOrder.Text(layout, new ReadingOptions(PageSource.AcroForm)));
    }

    [Fact]
    public void Comb_reads_as_spaced_characters_and_boxes_as_glyphs()
    {
        var layout = Lay(
            new Line([new Span("Né le"), Value("15031980", 0.3, new CombSpec([2, 2, 4], "/"))]),
            new Line([new Span("Oui", SpanStyle.Checkbox, null, true), new Span("Non", SpanStyle.Checkbox) { BoxAfter = true }]));
        Assert.Equal("Né le 1 5 / 0 3 / 1 9 8 0\n☒ Oui Non ☐", ReadingOrder.Text(layout));
        Assert.Equal("Né le 1 5 / 0 3 / 1 9 8 0\nX Oui Non", ReadingOrder.Text(layout, new ReadingOptions(PageSource.TextLayer)));
        // OCR sometimes reads the cell borders as characters.
        var borders = Enumerable.Range(0, 40).Select(i => ReadingOrder.Text(layout, new ReadingOptions(PageSource.Scan, new Random(i)))).ToList();
        Assert.Contains(borders, t => t.Split('\n')[0].Count(c => c is '|' or 'I' or '1' or '[' or ']' or 'l') >= 9);
        Assert.Contains(borders, t => t.StartsWith("Né le 1 5 / 0 3 / 1 9 8 0\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Ocr_sometimes_reads_the_sides_of_a_value_frame()
    {
        var framed = new Span("DUPONT", SpanStyle.Normal, 0.3) { FormField = "nom", Frame = new FrameSpec(0.4) };
        var layout = Lay(new Line([new Span("Nom :"), framed]));
        Assert.Equal("Nom : DUPONT", ReadingOrder.Text(layout));
        var readings = Enumerable.Range(0, 30).Select(i => ReadingOrder.Text(layout, new ReadingOptions(PageSource.Scan, new Random(i)))).ToList();
        Assert.Contains(readings, t => t.Length == "Nom : X DUPONT X".Length && t.Contains(" DUPONT ", StringComparison.Ordinal));
        Assert.Contains("Nom : DUPONT", readings);
    }
}

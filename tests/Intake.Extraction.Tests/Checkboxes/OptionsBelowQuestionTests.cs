using Intake.Domain.Documents;
using Intake.Extraction.Cerfa;
using Intake.Extraction.Checkboxes;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Checkboxes;

/// <summary>
/// Scanned forms that print a question on its own line and its options, each with its box, on the line below
/// ("Sexe de la victime" / "☒ Femme ☐ Homme"): the boxes of the option line decide, and a question never takes the
/// boxes of another question's line ("Sexe de la victime" read as the label "Décès de la victime" took the
/// sex boxes for the death question).
/// </summary>
public class OptionsBelowQuestionTests
{
    private const double BoxSide = 9;

    /// <summary>A page of (line, ticked box index or -1, boxes before the words at these x) rows.</summary>
    private static PageText Page(params (string Text, double[] Boxes, int Ticked)[] rows)
    {
        var pb = new PageBuilder(1, source: TextSource.Ocr).Line("1. La victime");
        foreach (var (text, boxes, _) in rows)
        {
            if (boxes.Length == 0) { pb.Line(text); continue; }
            var words = text.Split(" | ");
            pb.Line(words.Select((w, i) => (boxes[i] + BoxSide + 3, w)).ToArray());
        }
        var probe = pb.Build();
        var raster = new Raster();
        for (int r = 0; r < rows.Length; r++)
        {
            var line = probe.Lines[r + 1];
            var (_, boxes, ticked) = rows[r];
            for (int i = 0; i < boxes.Length; i++)
            {
                raster.Box(boxes[i], line.Box.Y0, BoxSide);
                if (i == ticked) raster.Cross(boxes[i], line.Box.Y0, BoxSide);
            }
        }
        pb.Image = raster.ToImage();
        return pb.Build();
    }

    private static IReadOnlyList<Domain.Fields.ExtractedField> Run(PageText page) => new CerfaExtractor().Extract([page], []);

    [Fact]
    public void Options_on_the_line_below_their_question_are_decided_by_their_boxes()
    {
        var page = Page(
            ("Sexe de la victime", [], -1),
            ("Femme | Homme", [70, 150], 0),
            ("Date de naissance 25.05.1971", [], -1),
            ("La victime est-elle décédée ?", [], -1),
            ("ou | NON", [70, 150], 1));
        var f = Run(page);
        Value(f, "victime.sexe", "F");
        Value(f, "victime.decedee", false);
    }

    /// <summary>
    /// "Sexe" with the OCR's lines below it (a lone ":" indented as the label's colon, the others as the options) and
    /// a box drawn before each of the last two lines, the last one crossed.
    /// </summary>
    private static PageText SexeWithBoxesBelow(params string[] below)
    {
        var pb = new PageBuilder(1, source: TextSource.Ocr).Line("1. La victime").Line("Sexe");
        foreach (var line in below) pb.Line(line, line == ":" ? 76 : 73);
        var probe = pb.Build();
        double first = probe.Lines[^2].Box.Y0, last = probe.Lines[^1].Box.Y0;
        pb.Image = new Raster().Box(80, first, BoxSide).Box(80, last, BoxSide).Cross(80, last, BoxSide).ToImage();
        return pb.Build();
    }

    [Fact]
    public void A_colon_on_a_line_of_its_own_does_not_hide_the_option_lines_below_it()
    {
        // "Sexe" / ":" / "FO" / "M": the OCR put the label's colon on its own line and read each option with its
        // box after it as one word ("F☐" → "FO"); the two boxes below the question decide.
        var sexe = Field(Run(SexeWithBoxesBelow(":", "FO", "M")), "victime.sexe");
        Assert.Equal("M", sexe.Value);
    }

    [Fact]
    public void Boxes_paired_by_order_alone_come_out_below_the_review_threshold()
    {
        var sexe = Field(Run(SexeWithBoxesBelow("ue", "F0")), "victime.sexe");
        Assert.Equal("M", sexe.Value);
        Assert.True(sexe.Confidence < Intake.Domain.Review.ReviewThresholds.Field, $"confidence {sexe.Confidence}");
    }

    [Fact]
    public void The_comb_boxes_of_the_next_line_are_not_taken_for_option_boxes()
    {
        // "oui]" / "Non ☒" with the boxes after the words, then a date written in comb boxes drawn close below
        var pb = new PageBuilder(1, source: TextSource.Ocr).Line("1. La victime").Line("La victime est-elle décédée ?")
            .Line("oui]", 78);
        pb.LineGap = 1.0;
        pb.Line("Non", 78).Line("Si oui, date du décès");
        var probe = pb.Build();
        double oui = probe.Lines[2].Box.Y0, non = probe.Lines[3].Box.Y0, date = probe.Lines[4].Box.Y0;
        var raster = new Raster().Box(92, oui, BoxSide).Box(97, non, BoxSide).Cross(97, non, BoxSide);
        for (int i = 0; i < 3; i++) raster.Box(200 + i * 14, date + 2, BoxSide);
        pb.Image = raster.ToImage();
        Value(Run(pb.Build()), "victime.decedee", false);
    }

    [Fact]
    public void A_ring_around_an_option_whose_word_the_ocr_garbled_is_read_even_when_it_reaches_the_next_option()
    {
        // "Couil D": the ring drawn around "Oui ☐" garbled the word; its lower arc passes just above "Non ☐"
        var pb = new PageBuilder(1, source: TextSource.Ocr).Line("1. La victime").Line("Votre état est-il consolidé ?")
            .Line("Couil D", 68).Line("Non[]", 76);
        var probe = pb.Build();
        double oui = probe.Lines[2].Box.Y0, non = probe.Lines[3].Box.Y0;
        var raster = new Raster().Box(95, oui, BoxSide).Box(98, non, BoxSide)
            .Ellipse(new BBox(68, oui, 104, oui + BoxSide), 3.5);
        pb.Image = raster.ToImage();
        var f = Field(Run(pb.Build()), "prejudice.consolide");
        Assert.Equal(true, f.Value);
        Assert.True(f.Confidence < Intake.Domain.Review.ReviewThresholds.Field, $"confidence {f.Confidence}");
    }
}

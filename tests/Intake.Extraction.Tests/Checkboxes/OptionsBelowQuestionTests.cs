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
}

using Intake.Domain.Documents;
using Intake.Extraction.Cerfa;
using Intake.Extraction.Checkboxes;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Checkboxes;

/// <summary>
/// Scanned forms whose boxes the OCR garbles ("CIOui", "[IJNon", "Cou"): the printed boxes are found on the raster
/// by their shape and the marked one decides, whatever the text says.
/// </summary>
public class ScannedCheckboxTests
{
    private const double BoxSide = 9;

    /// <summary>A scanned page: question lines whose options are OCR'd as given; the box before option <c>ticked</c> is crossed.</summary>
    private static PageText Page(bool invert, params (string Question, string[] Options, int Ticked)[] questions)
    {
        var pb = new PageBuilder(1, source: TextSource.Ocr).Line("1. La victime");
        foreach (var (q, options, _) in questions)
        {
            var segments = new List<(double, string)> { (50, q) };
            for (int i = 0; i < options.Length; i++) segments.Add((330 + i * 60, options[i]));
            pb.Line(segments.ToArray());
        }
        var raster = new Raster();
        var probe = pb.Build();
        int li = 1;
        foreach (var (_, options, ticked) in questions)
        {
            var line = probe.Lines[li++];
            for (int i = 0; i < options.Length; i++)
            {
                var word = line.Words.First(w => w.Box.X0 >= 330 + i * 60 - 0.1);
                // the box sits where the printed form has it: just left of the option text, inside a glued word
                bool glued = word.Text.StartsWith('[') || word.Text.StartsWith("CI") || word.Text.StartsWith('X');
                double x = glued ? word.Box.X0 : word.Box.X0 - BoxSide - 3;
                raster.Box(x, word.Box.Y0, BoxSide);
                if (i == ticked) raster.Cross(x, word.Box.Y0, BoxSide);
            }
        }
        var img = raster.ToImage();
        if (invert) img = img with { Pixels = img.Pixels.Select(p => (byte)(255 - p)).ToArray() };
        pb.Image = img;
        return pb.Build();
    }

    private static IReadOnlyList<Domain.Fields.ExtractedField> Run(PageText page) => new CerfaExtractor().Extract([page], []);

    [Fact]
    public void Box_detector_finds_empty_and_crossed_boxes_but_not_rings()
    {
        var raster = new Raster().Box(100, 500, BoxSide).Box(200, 500, BoxSide).Cross(200, 500, BoxSide)
            .Ellipse(new BBox(300, 500, 340, 510), 2); // a ring drawn around an option word
        var page = new PageBuilder().Build() with { Image = raster.ToImage() };
        var boxes = BoxDetector.Detect(page.Image!, page.Height).OrderBy(b => b.Box.X0).ToList();
        Assert.Equal(2, boxes.Count);
        Assert.InRange(boxes[0].Box.X0, 98, 102);
        Assert.False(boxes[0].Marked);
        Assert.True(boxes[1].Marked);
    }

    [Fact]
    public void Options_glued_to_their_box_are_decided_by_the_ink_in_the_box()
    {
        var page = Page(false,
            ("Votre état est-il consolidé ?", ["CIOui", "[IJNon"], 0),
            ("Arrêt de travail", ["CIOui", "[IJNon"], 1));
        var f = Run(page);
        Value(f, "prejudice.consolide", true);
        Value(f, "prejudice.arret_travail", false);
    }

    [Fact]
    public void An_option_word_the_ocr_garbled_is_paired_with_its_box_by_printed_order()
    {
        var page = Page(false, ("Exposition au valproate de sodium ?", ["Cou", "Non"], 0));
        Assert.Equal(2, BoxDetector.On(page).Count);
        Value(Run(page), "procedures.valproate", true);
    }

    [Fact]
    public void A_raster_with_inverted_polarity_reads_the_same()
    {
        var page = Page(true, ("Votre état est-il consolidé ?", ["Oui", "Non"], 1));
        Assert.True(Polarity.IsInverted(page.Image!));
        Value(Run(page), "prejudice.consolide", false);
    }

    [Fact]
    public void Boxes_all_empty_give_no_answer_rather_than_a_guess_from_ocr_letters()
    {
        var page = Page(false, ("Votre état est-il consolidé ?", ["XOui", "Non"], -1));
        Absent(Run(page), "prejudice.consolide");
    }
}

using Intake.Domain.Documents;
using Intake.Extraction.Cerfa;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Checkboxes;

/// <summary>
/// Section 2 of a scanned claim form (the filer's capacity): OCR glyphs read beside the options ("]", "O1", "[1")
/// are no ticks while the printed boxes are empty, and the printed text of the "Qualité" line above is no ring.
/// </summary>
public class FilerCapacityTests
{
    private const double BoxSide = 9;

    private static PageText Page(string[] options, int ticked, bool framesFound = true, bool labelInk = true)
    {
        var pb = new PageBuilder(1, source: TextSource.Ocr)
            .Line("1. La victime").Line("Nom d'usage").Line("DURAND")
            .Line("2. Le demandeur (si différent de la victime)");
        pb.LineGap = 1.3; // the options printed close under their label
        pb.Line("Qualité du demandeur :");
        pb.Line(options.Select((o, i) => (50.0 + i * 125, o)).ToArray());
        var probe = pb.Build();
        var raster = new Raster();
        // the printed label above the options: ink of its letters just over the first options' boxes and words
        foreach (var w in labelInk ? probe.Lines[4].Words : [])
            for (double dx = 0; dx < 3; dx += 1) raster.Scribble(w.Box.X0 + dx, w.Box.Y0, w.Box.Width - 3, w.Box.Height - 1.5);
        var line = probe.Lines[5];
        for (int i = 0; i < options.Length; i++)
        {
            // the box sits just left of the option's text, under the glyph the OCR made of it
            var word = line.Words.Where(w => w.Box.X0 >= 50 + i * 125 - 0.1 && w.Text.Any(char.IsLetter) && w.Text.Length > 2).First();
            double x = word.Box.X0 - BoxSide - 2;
            if (framesFound) raster.Box(x, word.Box.Y0, BoxSide);
            if (i == ticked) raster.Cross(x, word.Box.Y0, BoxSide);
        }
        pb.Image = raster.ToImage();
        return pb.Build();
    }

    private static IReadOnlyList<Domain.Fields.ExtractedField> Run(PageText page) => new CerfaExtractor().Extract([page], []);

    [Theory]
    [InlineData("[] représentant légal]", "tuteur", "O1 curateur", "[] ayant droit")]
    [InlineData("[1 représentant légal", "[] tuteur", "[] curateur", "[] ayant droit")]
    [InlineData("] représentant légal", "[] tuteur", "[1 curateur", "[] ayant droit")]
    public void Glyphs_beside_empty_boxes_are_no_capacity_and_an_empty_section_means_the_victim(string a, string b, string c, string d)
    {
        var f = Run(Page([a, b, c, d], -1));
        Value(f, "demandeur.qualite", "victime");
    }

    [Theory]
    [InlineData("[] représentant légal", "[] tuteur", "[] curateur", "[1 ayant droit")]
    [InlineData("représentant légal", "C] tuteur", "[l curateur", "ayant droit")]
    public void A_box_edge_read_as_a_stroke_is_no_tick_when_the_page_shows_no_ink_there(string a, string b, string c, string d)
    {
        // Frames too faint for the box detector: the text's "[1" is the only sign, and the image has no cross.
        var f = Run(Page([a, b, c, d], -1, framesFound: false, labelInk: false));
        Value(f, "demandeur.qualite", "victime");
    }

    [Fact]
    public void A_real_cross_still_decides_when_the_frames_are_not_found()
    {
        var f = Run(Page(["[] représentant légal", "[] tuteur", "[1 curateur", "[] ayant droit"], 2, framesFound: false, labelInk: false));
        Value(f, "demandeur.qualite", "curateur");
    }

    [Theory]
    [InlineData("L")]
    [InlineData("curateur [] ayant droit")]
    public void A_speck_or_the_options_read_as_the_filer_name_are_no_filer(string name)
    {
        var page = new PageBuilder(1, source: TextSource.Ocr)
            .Line("1. La victime").Line("Nom d'usage").Line("DURAND")
            .Line("2. Le demandeur (si différent de la victime)").Line("Qualité :")
            .Line("[] représentant légal [] tuteur [] curateur [] ayant droit")
            .Line((50, "Nom :"), (200, name)).Build();
        Value(Run(page), "demandeur.qualite", "victime");
    }

    [Theory]
    [InlineData(1, "tuteur")]
    [InlineData(0, "representant_legal")]
    [InlineData(2, "curateur")]
    public void A_crossed_box_gives_its_capacity(int ticked, string expected)
    {
        var f = Run(Page(["[] représentant légal]", "tuteur", "O1 curateur", "[] ayant droit"], ticked));
        Value(f, "demandeur.qualite", expected);
    }
}

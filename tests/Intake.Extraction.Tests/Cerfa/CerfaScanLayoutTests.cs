using Intake.Domain.Documents;
using Intake.Extraction.Cerfa;
using Intake.Extraction.Layout;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Cerfa;

/// <summary>Layout troubles of scanned forms: titles, values the OCR put on lines of their own, hand signatures.</summary>
public class CerfaScanLayoutTests
{
    [Fact]
    public void The_form_title_does_not_open_the_claimant_section()
    {
        var page = new PageBuilder()
            .Line("DEMANDE D'INDEMNISATION")
            .Line("1. La victime").Line("Nom : DUPONT")
            .Line("2. Le demandeur (si différent de la victime)").Line("Nom :")
            .Build();
        var layout = new FormLayout([page], CerfaLabels.All);
        Assert.Equal(0, layout.Lines[0].Section);
        Assert.Equal(1, layout.Lines[2].Section);
        Assert.Equal(2, layout.Lines[4].Section);
        var f = new CerfaExtractor().Extract([page], []);
        Value(f, "victime.nom", "DUPONT");
        Absent(f, "demandeur.nom");
        Value(f, "demandeur.qualite", "victime");
    }

    [Fact]
    public void A_value_on_its_own_ocr_line_at_the_label_height_is_read_as_right_of_the_label()
    {
        var pb = new PageBuilder(1, source: TextSource.Ocr).Line("7. Signature");
        var label = new PageBuilder(1, source: TextSource.Ocr).Line("7. Signature").Line("Fait à :").Build();
        var labelLine = label.Lines[1];
        // hand-written value a little higher than the printed label: the OCR gives it first, as its own line
        var value = new TextLine([new Word("CARPENTRAS", new BBox(300, labelLine.Box.Y0 + 2, 360, labelLine.Box.Y1 + 3), 0.9)]);
        var page = new PageText(1, PageBuilder.PageWidth, PageBuilder.PageHeight, [label.Lines[0], value, labelLine], TextSource.Ocr, 0.9, 0);
        var f = new CerfaExtractor().Extract([page], []);
        Value(f, "signature.lieu", "CARPENTRAS");
        _ = pb;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_hand_signature_is_a_wide_stroke_even_when_the_ocr_reads_it_as_a_word(bool signed)
    {
        var pb = new PageBuilder(1, source: TextSource.Ocr).Line("7. Signature").Line("Fait à : Lyon").Line("Signature du demandeur :");
        var probe = pb.Build();
        var label = probe.Lines[2].Box;
        var raster = new Raster();
        if (signed) raster.Scribble(300, label.Y0 - 10, 120, 25);
        if (signed) pb.Line((300, "REX")); // the OCR's reading of the scribble
        pb.Image = raster.ToImage();
        var f = new CerfaExtractor().Extract([pb.Build()], []);
        Value(f, "signature.presente", signed);
    }
}

using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Extraction.Tests.Fixtures;
using static Intake.Extraction.Tests.Fixtures.Expect;

namespace Intake.Extraction.Tests.Cerfa;

/// <summary>A cerfa signed on screen: the signature is drawn in vector strokes (<see cref="PageText.Drawings"/>), not ink on a raster.</summary>
public class CerfaDrawnSignatureTests
{
    private static PageText Page(Func<BBox, IReadOnlyList<BBox>> drawings)
    {
        var pb = new PageBuilder()
            .Line("1. La victime").Line("Nom : DUPONT")
            .Line("7. Signature").Line("Fait à : Lyon").Line("Signature du demandeur :");
        var label = pb.BoxOf("Signature", 1);
        return pb.Build() with { Drawings = drawings(label) };
    }

    /// <summary>Extracts the page, with or without an empty AcroForm signature field (the form was filled on screen).</summary>
    private static IReadOnlyList<ExtractedField> Run(PageText page, bool withEmptyField) =>
        new FieldExtractor().Extract(DocumentType.DemandeIndemnisation, [page],
            withEmptyField ? [new FormField("sig", "Signature", "", null, 1, null)] : []);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_drawn_stroke_under_the_label_is_a_signature(bool withEmptyField)
    {
        var page = Page(label => [new BBox(label.X1 + 20, label.Y0 - 40, label.X1 + 150, label.Y0 - 8)]);
        var f = Run(page, withEmptyField);
        Value(f, "signature.presente", true);
        var box = Field(f, "signature.presente").Box!.Value;
        Assert.True(box.Y1 < page.Words.First(w => w.Text == "demandeur").Box.Y0, "the box is the drawn stroke's");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Small_marks_and_drawings_outside_the_signature_area_are_not_a_signature(bool withEmptyField)
    {
        var page = Page(label =>
        [
            new BBox(label.X0, label.Y0 - 30, label.X0 + 8, label.Y0 - 22), // a cross in a checkbox
            new BBox(300, 380, 450, 420), // a drawing far below the signature block
        ]);
        Value(Run(page, withEmptyField), "signature.presente", false);
    }

    [Fact]
    public void Without_drawings_an_empty_form_is_not_signed()
    {
        var page = Page(_ => []);
        Value(Run(page, true), "signature.presente", false);
    }
}

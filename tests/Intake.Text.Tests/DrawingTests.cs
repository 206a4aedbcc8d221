using Intake.Domain.Documents;
using Intake.Text.Tests.Fixtures;

namespace Intake.Text.Tests;

/// <summary>Vector marks of born-digital pages: drawn writing is kept as boxes, the form's furniture is not.</summary>
public class DrawingTests
{
    [Fact]
    public async Task Drawn_strokes_are_kept_as_boxes_and_the_forms_rectangles_and_rules_are_not()
    {
        var file = await SharedReader.Instance.ReadAsync(DrawnPdf.Write(signed: true, "drawn-signed.pdf"));

        var page = Assert.Single(file.Pages);
        Assert.Equal(TextSource.TextLayer, page.Source);
        Assert.Null(page.Image);
        Assert.Equal(2, page.Drawings.Count);

        // the polyline and its curves, inside the signature frame (not the frame itself)
        var signature = page.Drawings[0];
        Assert.InRange(signature.X0, 318, 322);
        Assert.InRange(signature.X1, 488, 495);
        Assert.InRange(signature.Y0, 160, 172);
        Assert.InRange(signature.Y1, 205, 222);

        // the separate slanted lines, merged into one box
        var zigzag = page.Drawings[1];
        Assert.Equal(320, zigzag.X0, 0);
        Assert.Equal(420, zigzag.X1, 0);
        Assert.Equal(60, zigzag.Y0, 0);
        Assert.Equal(80, zigzag.Y1, 0);
    }

    [Fact]
    public async Task A_page_with_only_text_and_form_furniture_has_no_drawings()
    {
        var file = await SharedReader.Instance.ReadAsync(DrawnPdf.Write(signed: false, "drawn-unsigned.pdf"));
        var page = Assert.Single(file.Pages);
        Assert.Equal(TextSource.TextLayer, page.Source);
        Assert.Contains(page.Words, w => w.Text == "Signature");
        Assert.Empty(page.Drawings);

        var born = await SharedReader.Instance.ReadAsync(SampleFiles.BornDigitalPdf);
        Assert.All(born.Pages, p => Assert.Empty(p.Drawings));
    }

    [Fact]
    public async Task The_number_of_boxes_of_a_page_is_bounded()
    {
        var file = await SharedReader.Instance.ReadAsync(DrawnPdf.WriteScribbles(200, "scribbles.pdf"));

        var page = Assert.Single(file.Pages);
        Assert.Equal(64, page.Drawings.Count);
        Assert.All(page.Drawings, d => Assert.Equal(10, d.Width, 0));
    }
}

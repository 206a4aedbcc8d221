using Intake.Text.Pdf;
using Intake.Text.Rendering;
using Intake.Text.Sniffing;
using Intake.Text.Tests.Fixtures;
using UglyToad.PdfPig;

namespace Intake.Text.Tests;

public class FormAndRenderingTests
{
    [Fact]
    public async Task AcroForm_fields_are_read_with_caption_value_and_check_state()
    {
        var file = await SharedReader.Instance.ReadAsync(AcroFormPdf.Write());

        var name = Assert.Single(file.FormFields, f => f.Name == "victime_nom");
        Assert.Equal("Nom de la victime", name.Caption);
        Assert.Equal("DUPONT", name.Value);
        Assert.Null(name.Checked);
        Assert.Equal(1, name.Page);
        Assert.NotNull(name.Box);
        Assert.Equal(100, name.Box!.Value.X0, 0);
        Assert.Equal(700, name.Box.Value.Y0, 0);

        var consolidated = Assert.Single(file.FormFields, f => f.Name == "consolide");
        Assert.True(consolidated.Checked);
        Assert.Equal("Oui", consolidated.Value);
        var death = Assert.Single(file.FormFields, f => f.Name == "deces");
        Assert.False(death.Checked);
    }

    [Fact]
    public void Pdf_page_renders_as_png_with_its_longer_side_at_the_requested_size()
    {
        var png = new PageImageRenderer().RenderPng(SampleFiles.BornDigitalPdf, 2, 424);

        Assert.Equal(FileKind.Png, FileSniffer.Detect(png));
        var size = Assert.Single(ImageHeaderReader.ReadSizes(png, FileKind.Png));
        Assert.Equal(424, size.Height);
        Assert.InRange(size.Width, 298, 302); // A4 ratio
    }

    [Fact]
    public void Tiff_page_renders_scaled_down_and_missing_pages_are_refused()
    {
        var renderer = new PageImageRenderer();
        var png = renderer.RenderPng(SampleFiles.TwoPageTiff, 2, 400);

        var size = Assert.Single(ImageHeaderReader.ReadSizes(png, FileKind.Png));
        Assert.Equal(400, Math.Max(size.Width, size.Height));
        Assert.Throws<ArgumentOutOfRangeException>(() => renderer.RenderPng(SampleFiles.TwoPageTiff, 3, 400));
    }

    [Fact]
    public void A_page_sized_flate_scan_is_taken_straight_from_the_pdf_at_its_resolution()
    {
        using var document = PdfDocument.Open(SampleFiles.ImageOnlyPdf);
        var images = PageImageFinder.Inspect(document.GetPage(1), new TextOptions());

        Assert.True(images.Coverage > 0.95);
        Assert.NotNull(images.Direct);
        Assert.Equal(300, images.Direct!.DpiX, 0);
        Assert.Equal(2480, images.Direct.PixelWidth);
    }
}

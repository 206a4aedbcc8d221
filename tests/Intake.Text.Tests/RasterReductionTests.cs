using Intake.Text.Images;
using Intake.Text.Ocr;
using Intake.Text.Ocr.Native;
using Intake.Text.Tests.Fixtures;

namespace Intake.Text.Tests;

/// <summary>Large colour pages are reduced to what Tesseract uses (grey, square pixels, at most 300 dpi) before it gets them.</summary>
public class RasterReductionTests
{
    private static readonly FileTextReader Shared = SharedReader.Instance;

    [Theory]
    [InlineData(300, 300, 1, 1)]
    [InlineData(200, 200, 1, 1)]
    [InlineData(320, 320, 1, 1)]        // within 10 %: not worth resampling
    [InlineData(600, 600, 0.5, 0.5)]
    [InlineData(400, 400, 0.75, 0.75)]
    [InlineData(204, 98, 1, 204.0 / 98)] // fax: square pixels at the finer resolution
    [InlineData(600, 300, 0.5, 1)]
    public void Scale_factors_bring_pages_to_square_pixels_at_most_300_dpi(double dpiX, double dpiY, double sx, double sy)
    {
        var (x, y) = RasterReduction.Scales(dpiX, dpiY, 300);
        Assert.Equal(sx, x, 6);
        Assert.Equal(sy, y, 6);
    }

    [Theory]
    [InlineData(200, 1)]
    [InlineData(599, 1)]
    [InlineData(600, 2)]
    [InlineData(1200, 4)]
    [InlineData(2400, 8)]
    public void A_jpeg_is_scaled_in_the_decoder_by_powers_of_two_that_keep_300_dpi(double dpi, int reduction)
    {
        Assert.Equal(reduction, RasterReduction.JpegReduction(dpi, 300));
    }

    [Fact]
    public async Task A_600_dpi_colour_jpeg_is_decoded_grey_at_300_dpi()
    {
        var path = ColourPage(600, ImageFileFormat.Jpeg, "colour-600.jpg");
        var (timing, page) = await ReadOne(path);

        Assert.Equal(300, page.Image!.DpiX, 0);
        Assert.InRange(timing.OcrPixels, 2400L * 3400, 2500L * 3520);   // A4 at 300 dpi, not 4,960 × 7,016
        Assert.InRange(page.Width, 590, 600);
        PageAssert.ContainsText(page, "Demande d'indemnisation");
    }

    [Fact]
    public async Task A_600_dpi_colour_png_is_reduced_before_ocr()
    {
        var path = ColourPage(600, ImageFileFormat.Png, "colour-600.png");
        var (timing, page) = await ReadOne(path);

        Assert.Equal(300, page.Image!.DpiX, 0);
        Assert.Equal(page.Image.Width * (long)page.Image.Height, timing.OcrPixels);
        Assert.InRange(timing.OcrPixels, 2400L * 3400, 2500L * 3520);
        PageAssert.ContainsText(page, "Demande d'indemnisation");
    }

    [Fact]
    public async Task A_fax_with_non_square_pixels_is_made_square()
    {
        using var claim = ResolutionTests.Render(SampleFiles.BornDigitalPdf, 1, 200);
        using var squashed = claim.ToGray8().ScaleGray(204.0 / 200, 98.0 / 200);
        squashed.SetResolution(204, 98);
        var path = SampleFiles.PathOf("fax.tif");
        squashed.WriteTiff(path, append: false);

        var (_, page) = await ReadOne(path);

        Assert.Equal(page.Image!.DpiX, page.Image.DpiY, 3);
        Assert.InRange(page.Height / page.Width, 1.35, 1.48);   // A4 proportions, not half as tall
    }

    private static string ColourPage(int dpi, ImageFileFormat format, string name)
    {
        var root = SampleFiles.PathOf($"colour-{dpi}-raw");
        SampleFiles.Run("pdftoppm", $"-r {dpi} -singlefile -f 1 -l 1 \"{SampleFiles.BornDigitalPdf}\" \"{root}\"");
        using var pix = Pix.Read(root + ".ppm");
        File.Delete(root + ".ppm");
        Assert.Equal(32, pix.Depth);
        pix.SetResolution(dpi, dpi);
        var path = SampleFiles.PathOf(name);
        pix.Write(path, format);
        return path;
    }

    private static async Task<(PageTiming Timing, Domain.Documents.PageText Page)> ReadOne(string path)
    {
        var reader = new FileTextReader(new TextOptions { DegreeOfParallelism = 1 }, Shared.Pool);
        var text = await reader.ReadAsync(path);
        return (Assert.Single(reader.Stats.Pages), Assert.Single(text.Pages));
    }
}

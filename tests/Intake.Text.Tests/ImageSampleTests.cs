using Intake.Text.Ocr;
using Intake.Text.Pdf;
using Intake.Text.Tests.Fixtures;
using UglyToad.PdfPig;

namespace Intake.Text.Tests;

/// <summary>
/// Page images taken as samples (instead of PdfPig's PNG) must give the OCR exactly the pixels the PNG gave.
/// </summary>
public class ImageSampleTests
{
    public static TheoryData<string> Scans => new(ScanPdfs.Names);

    [Theory]
    [MemberData(nameof(Scans))]
    public void Samples_give_the_same_grey_pixels_as_pdfpigs_png(string scan)
    {
        var path = ScanPdfs.Path(scan);
        byte[] expected, actual;
        using (var document = PdfDocument.Open(path)) // fresh document: PdfPig converts decoded bytes in place
        {
            Assert.True(ScanPdfs.Image(document).TryGetPng(out var png));
            using var pix = Pix.TryDecode(png)!;
            expected = GreyPixels(pix);
        }
        using (var document = PdfDocument.Open(path))
        {
            var image = ScanPdfs.Image(document);
            Assert.True(ImageSampleReader.HasPlainSamples(image));
            var samples = Assert.IsType<SampleImageData>(ImageSampleReader.TryRead(image));
            using var pix = samples.TryDecode(image.WidthInSamples, image.HeightInSamples)!;
            Assert.Equal(image.WidthInSamples, pix.Width);
            actual = GreyPixels(pix);
        }
        Assert.Equal(expected.Length, actual.Length);
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"{scan}: pixels differ from the PNG's");
        // Not blank, and the polarity is the PDF's: the same G4 data declared /BlackIs1 true reads inverted.
        Assert.Contains(actual, p => p < 64);
        bool inverted = scan == "g4-black-is-1";
        Assert.True(actual.Average(p => (double)p) > 128 != inverted, $"{scan}: mostly {(inverted ? "black" : "white")} expected");
    }

    [Fact]
    public void Grey_samples_and_the_same_grey_as_rgb_become_the_same_grey()
    {
        var grey = Enumerable.Range(0, 256).Select(v => (byte)v).ToArray();
        var rgb = grey.SelectMany(v => new[] { v, v, v }).ToArray();
        using var fromGrey = Pix.FromSamples(grey, 16, 16, 1)!;
        using var fromRgb = Pix.FromSamples(rgb, 16, 16, 3)!;

        Assert.Equal(8, fromGrey.Depth);
        Assert.Equal(32, fromRgb.Depth);
        Assert.Equal(grey, GreyPixels(fromGrey));
        Assert.Equal(grey, GreyPixels(fromRgb));
        Assert.Null(Pix.FromSamples(grey, 16, 15, 1)); // sample count must match the size
    }

    [Fact]
    public void A_page_sized_g4_scan_is_taken_as_samples_without_a_png()
    {
        using var document = PdfDocument.Open(ScanPdfs.Path("g4-black-is-0"));
        var images = PageImageFinder.Inspect(document.GetPage(1), new TextOptions());

        Assert.NotNull(images.Direct);
        Assert.IsType<SampleImageData>(images.Direct!.Data);
    }

    private static byte[] GreyPixels(Pix pix)
    {
        using var grey = pix.ToGray8();
        return grey.ToGrayImage(300, 300).Pixels;
    }
}

using System.Text;
using Intake.Text.Pdf;
using Intake.Text.Rendering;
using Intake.Text.Sniffing;
using Intake.Text.Tests.Fixtures;

namespace Intake.Text.Tests;

/// <summary>
/// Hostile PDFs are refused before the memory is allocated: streams that inflate past their limit, pages too
/// large to render; a file's kept rasters stay under its ceiling; page images for the dashboard stay in their box.
/// </summary>
public sealed class ResourceLimitTests
{
    [Fact]
    public async Task A_content_stream_that_inflates_past_the_limit_is_refused_without_being_held()
    {
        var bomb = RawPdf.Write("deflate-bomb.pdf", 595, 842, RawPdf.Deflated(96L << 20), contentDeflated: true);
        Assert.True(new FileInfo(bomb).Length < 1 << 20);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var e = await Assert.ThrowsAsync<UnreadableFileException>(() => SharedReader.Instance.ReadAsync(bomb));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(UnreadableCodes.StreamTooLarge, e.Code);
        Assert.Contains("64 Mo", e.ReasonFr, StringComparison.Ordinal);
        Assert.True(allocated < 64L << 20, $"{allocated >> 20} MiB allocated");
    }

    [Fact]
    public async Task An_image_whose_data_inflates_far_past_its_declared_size_is_refused()
    {
        // Declared as an A4 scan at 300 dpi (8.7 MB of grey samples): decoded straight from the PDF, not rendered.
        var image = RawPdf.Stream(RawPdf.Deflated(128L << 20, 0x80),
            "/Type /XObject /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode");
        var pdf = RawPdf.Write("image-bomb.pdf", 595, 842, Encoding.ASCII.GetBytes("q 595 0 0 842 0 0 cm /Im1 Do Q"), contentDeflated: false,
            "/XObject << /Im1 5 0 R >>", image);
        var e = await Assert.ThrowsAsync<UnreadableFileException>(() => SharedReader.Instance.ReadAsync(pdf));
        Assert.Equal(UnreadableCodes.StreamTooLarge, e.Code);
    }

    [Fact]
    public void Rendering_resolution_is_decided_from_the_page_size_before_anything_is_allocated()
    {
        var options = new TextOptions();
        Assert.Equal((300, 2483, 3510), PdfPageSource.RenderSize(1, 595.3, 841.9, options)); // A4 at 300 dpi
        var (dpi, w, h) = PdfPageSource.RenderSize(1, 5000, 5000, options); // 176 cm square: resolution lowered
        Assert.InRange(dpi, options.MinRenderDpi, 299);
        Assert.True((long)w * h <= options.MaxImagePixels + 3 * (w + h) && Math.Max(w, h) <= options.MaxImageSide + 2);
        var e = Assert.Throws<UnreadableFileException>(() => PdfPageSource.RenderSize(1, 14400, 14400, options));
        Assert.Equal(UnreadableCodes.PageTooLarge, e.Code);
    }

    [Fact]
    public async Task A_scanned_page_claiming_five_metres_is_refused_before_it_is_rendered()
    {
        // A tiny image stretched over a 508 cm page: a scan to OCR, whose raster pdftoppm would make at 300 dpi.
        var image = RawPdf.Stream([.. Enumerable.Repeat((byte)0x80, 100 * 100)],
            "/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8");
        var pdf = RawPdf.Write("giant-page.pdf", 14400, 14400, Encoding.ASCII.GetBytes("q 14400 0 0 14400 0 0 cm /Im1 Do Q"), contentDeflated: false,
            "/XObject << /Im1 5 0 R >>", image);
        var e = await Assert.ThrowsAsync<UnreadableFileException>(() => SharedReader.Instance.ReadAsync(pdf));
        Assert.Equal(UnreadableCodes.PageTooLarge, e.Code);
    }

    [Fact]
    public async Task The_rasters_kept_for_a_file_stay_under_its_ceiling_in_page_order()
    {
        var full = await SharedReader.Instance.ReadAsync(SampleFiles.TwoPageTiff);
        Assert.All(full.Pages, p => Assert.NotNull(p.Image));
        var onePage = full.Pages[0].Image!.Pixels.LongLength;
        using var reader = new FileTextReader(new TextOptions { DegreeOfParallelism = 2, MaxKeptRasterBytes = onePage + full.Pages[1].Image!.Pixels.LongLength - 1 });
        var bounded = await reader.ReadAsync(SampleFiles.TwoPageTiff);
        Assert.NotNull(bounded.Pages[0].Image);
        Assert.Null(bounded.Pages[1].Image);
        Assert.Equal(full.Pages[1].Text, bounded.Pages[1].Text); // the text is still read
    }

    [Fact]
    public void A_dashboard_page_image_stays_in_its_box_whatever_size_the_page_claims_and_stops_at_its_deadline()
    {
        var tall = RawPdf.Write("tall-page.pdf", 10, 14400, Encoding.ASCII.GetBytes("0 0 0 rg 0 0 10 14400 re f"), contentDeflated: false);
        var png = new PageImageRenderer().RenderPng(tall, 1, 400);
        var size = Assert.Single(ImageHeaderReader.ReadSizes(png, FileKind.Png));
        Assert.True(size.Width <= 400 && size.Height <= 400, $"{size.Width} × {size.Height}");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new PageImageRenderer().RenderPng(SampleFiles.BornDigitalPdf, 1, 1000, cancelled.Token));
    }
}

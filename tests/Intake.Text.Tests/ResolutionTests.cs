using System.Buffers.Binary;
using Intake.Domain.Documents;
using Intake.Text.Images;
using Intake.Text.Ocr;
using Intake.Text.Ocr.Native;
using Intake.Text.Sniffing;
using Intake.Text.Tests.Fixtures;

namespace Intake.Text.Tests;

/// <summary>
/// Every page raster gets its true resolution: from the image file's header (each kind), from a PDF image's size
/// against the box it is drawn in, or, for a photo with none believable, an estimate from the height of its writing.
/// </summary>
public class ResolutionTests
{
    private static readonly FileTextReader Reader = SharedReader.Instance;

    // ---- headers, byte by byte ----

    [Fact]
    public void Png_phys_in_pixels_per_metre_gives_dots_per_inch()
    {
        var png = Png(Chunk("pHYs", [.. U32Be(7874), .. U32Be(11811), 1]));
        var r = ResolutionHeaderReader.Read(png, FileKind.Png);
        Assert.NotNull(r);
        Assert.Equal(200, r.Value.X, 0);
        Assert.Equal(300, r.Value.Y, 0);
    }

    [Fact]
    public void Png_with_an_aspect_ratio_only_or_no_phys_declares_no_resolution()
    {
        Assert.Null(ResolutionHeaderReader.Read(Png(Chunk("pHYs", [.. U32Be(1), .. U32Be(1), 0])), FileKind.Png));
        Assert.Null(ResolutionHeaderReader.Read(Png(), FileKind.Png));
    }

    [Theory]
    [InlineData(1, 300, 300.0)]   // dots per inch
    [InlineData(2, 118, 299.72)]  // dots per centimetre
    public void Jpeg_jfif_density_gives_dots_per_inch(byte unit, ushort density, double expected)
    {
        var r = ResolutionHeaderReader.Read(Jpeg(Jfif(unit, density)), FileKind.Jpeg);
        Assert.NotNull(r);
        Assert.Equal(expected, r.Value.X, 2);
        Assert.Equal(expected, r.Value.Y, 2);
    }

    [Fact]
    public void Jpeg_exif_resolution_is_used_when_jfif_gives_an_aspect_ratio_only()
    {
        var exif = Exif(littleEndian: true, xres: 240, unit: 2);
        Assert.Equal(240, ResolutionHeaderReader.Read(Jpeg(Jfif(0, 1), exif), FileKind.Jpeg)!.Value.X, 3);
        Assert.Equal(240, ResolutionHeaderReader.Read(Jpeg(exif), FileKind.Jpeg)!.Value.Y, 3);
        Assert.Null(ResolutionHeaderReader.Read(Jpeg(Jfif(0, 1)), FileKind.Jpeg));
        // Exif in centimetres, big-endian.
        Assert.Equal(100 * 2.54, ResolutionHeaderReader.Read(Jpeg(Exif(littleEndian: false, xres: 100, unit: 3)), FileKind.Jpeg)!.Value.X, 3);
    }

    [Fact]
    public void Tiff_pages_each_have_their_own_resolution()
    {
        var path = SampleFiles.PathOf("two-resolutions.tif");
        WriteTiffPages(path, (ClaimGray(), 300), (ClaimGray(), 150));
        var data = File.ReadAllBytes(path);

        Assert.Equal(300, ResolutionHeaderReader.Read(data, FileKind.Tiff, 0)!.Value.X, 0);
        Assert.Equal(150, ResolutionHeaderReader.Read(data, FileKind.Tiff, 1)!.Value.Y, 0);
        Assert.Null(ResolutionHeaderReader.Read(data, FileKind.Tiff, 2));
    }

    [Fact]
    public void Leptonica_written_files_are_read_back_at_their_resolution()
    {
        using var pix = Pix.Read(SampleFiles.ClaimPng);
        pix.SetResolution(200, 200);
        foreach (var (format, kind) in new[] { (ImageFileFormat.Png, FileKind.Png), (ImageFileFormat.Jpeg, FileKind.Jpeg), (ImageFileFormat.TiffZip, FileKind.Tiff) })
        {
            var r = ResolutionHeaderReader.Read(pix.Encode(format), kind);
            Assert.True(r is { } v && Math.Abs(v.X - 200) < 0.5 && Math.Abs(v.Y - 200) < 0.5, $"{format}: {r}");
        }
    }

    [Fact]
    public void A_truncated_header_declares_nothing_instead_of_throwing()
    {
        var exif = Exif(littleEndian: true, xres: 240, unit: 2);
        var jpeg = Jpeg(exif);
        Assert.Null(ResolutionHeaderReader.Read(jpeg.AsSpan(0, jpeg.Length - 30), FileKind.Jpeg));
        Assert.Null(ResolutionHeaderReader.Read(Png(Chunk("pHYs", [.. U32Be(7874), .. U32Be(7874), 1]))[..20], FileKind.Png));
    }

    // ---- what is believed ----

    [Theory]
    [InlineData(300, 300, 2480, 3508, true)]    // A4 at 300 dpi
    [InlineData(204, 98, 1728, 1100, true)]     // a standard-mode fax: non-square pixels
    [InlineData(72, 72, 4032, 3024, false)]     // a phone photo: 56 inches wide
    [InlineData(96, 96, 2480, 3508, false)]     // a scan saved by a screen-minded tool: 36 inches tall
    [InlineData(300, 300, 200, 150, false)]     // under an inch: a thumbnail, not a page
    [InlineData(1, 1, 1600, 1200, false)]
    public void A_header_is_believed_only_for_a_sheet_of_paper(double x, double y, long w, long h, bool believable)
    {
        Assert.Equal(believable, PageResolution.Believable(new HeaderResolution(x, y), w, h));
    }

    // ---- estimate from the writing ----

    [Theory]
    [InlineData(150)]
    [InlineData(300)]
    public void The_estimate_from_the_writing_is_close_to_the_true_resolution(int dpi)
    {
        using var page = Render(SampleFiles.BornDigitalPdf, 1, dpi);
        var estimate = ResolutionEstimator.Estimate(page);
        Assert.NotNull(estimate);
        Assert.InRange(estimate.Value, dpi * 0.8, dpi * 1.25);
    }

    [Fact]
    public void A_picture_without_writing_is_not_estimated()
    {
        using var blank = Pix.FromGray(new GrayImage(1200, 900, Enumerable.Repeat((byte)235, 1200 * 900).ToArray(), 0, 0));
        Assert.Null(ResolutionEstimator.Estimate(blank));
    }

    [Fact]
    public async Task A_page_without_resolution_gets_the_estimate_and_a_page_of_the_right_size()
    {
        // A page at 150 dpi saved as JPEG with an aspect ratio only (as phones and many tools write it).
        using var page = Render(SampleFiles.BornDigitalPdf, 1, 150);
        page.SetResolution(0, 0);
        var path = SampleFiles.PathOf("photo-no-dpi.jpg");
        page.Write(path, ImageFileFormat.Jpeg);
        Assert.Null(ResolutionHeaderReader.Read(File.ReadAllBytes(path), FileKind.Jpeg));

        var reader = new FileTextReader(new TextOptions { DegreeOfParallelism = 1 }, Reader.Pool);
        var text = await reader.ReadAsync(path);

        var timing = Assert.Single(reader.Stats.Pages);
        Assert.Equal(ResolutionSource.Estimated, timing.Resolution);
        Assert.True(timing.ResolutionGuessed);
        // A4 is 595 × 842 points; the 300 dpi assumption would make it half that.
        Assert.InRange(text.Pages[0].Width, 595 * 0.8, 595 * 1.25);
        PageAssert.ContainsText(text.Pages[0], "Demande d'indemnisation");
        Assert.Equal([ResolutionSource.Estimated], PageResolution.OfImageFile(path).Select(r => r.Source));
    }

    [Fact]
    public async Task A_page_image_placed_on_a_pdf_page_takes_its_resolution_from_the_placement()
    {
        // 150 dpi pixels drawn over a whole A4 page: img2pdf places the image at the size its header gives.
        using var page = Render(SampleFiles.BornDigitalPdf, 1, 150);
        page.SetResolution(150, 150);
        var png = SampleFiles.PathOf("claim-150.png");
        page.Write(png, ImageFileFormat.Png);
        var pdf = SampleFiles.Img2Pdf("claim-150.pdf", png);

        var reader = new FileTextReader(new TextOptions { DegreeOfParallelism = 1 }, Reader.Pool);
        var text = await reader.ReadAsync(pdf);

        var timing = Assert.Single(reader.Stats.Pages);
        Assert.Equal(ResolutionSource.PdfPlacement, timing.Resolution);
        Assert.False(timing.ResolutionGuessed);
        Assert.Equal(150, text.Pages[0].Image!.DpiX, 0);
        Assert.Equal(595, text.Pages[0].Width, 0);
    }

    [Fact]
    public async Task A_tiff_page_takes_its_resolution_from_its_tags()
    {
        var reader = new FileTextReader(new TextOptions { DegreeOfParallelism = 1 }, Reader.Pool);
        await reader.ReadAsync(SampleFiles.TwoPageTiff);
        Assert.All(reader.Stats.Pages, p => Assert.Equal(ResolutionSource.Header, p.Resolution));
    }

    // ---- helpers ----

    internal static Pix Render(string pdf, int page, int dpi)
    {
        var root = SampleFiles.PathOf($"render-{Guid.NewGuid():N}");
        SampleFiles.Run("pdftoppm", $"-r {dpi} -gray -singlefile -f {page} -l {page} \"{pdf}\" \"{root}\"");
        try { return Pix.Read(root + ".pgm"); }
        finally { File.Delete(root + ".pgm"); }
    }

    private static Pix ClaimGray() => Pix.Read(SampleFiles.ClaimPng);

    private static void WriteTiffPages(string path, params (Pix Pix, int Dpi)[] pages)
    {
        for (int i = 0; i < pages.Length; i++)
        {
            using var pix = pages[i].Pix;
            pix.SetResolution(pages[i].Dpi, pages[i].Dpi);
            pix.WriteTiff(path, append: i > 0);
        }
    }

    private static byte[] U32Be(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, v);
        return b;
    }

    private static byte[] Chunk(string type, byte[] body) =>
        [.. U32Be((uint)body.Length), .. System.Text.Encoding.ASCII.GetBytes(type), .. body, 0, 0, 0, 0];

    /// <summary>A PNG header: signature, IHDR (1 × 1 grey), the given chunks, then IDAT and IEND.</summary>
    private static byte[] Png(params byte[][] chunks) =>
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A,
         .. Chunk("IHDR", [.. U32Be(1), .. U32Be(1), 8, 0, 0, 0, 0]),
         .. chunks.SelectMany(c => c),
         .. Chunk("IDAT", []), .. Chunk("IEND", [])];

    private static byte[] Segment(byte marker, byte[] body)
    {
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(body.Length + 2));
        return [0xFF, marker, .. length, .. body];
    }

    private static byte[] Jfif(byte unit, ushort density)
    {
        var d = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(d, density);
        return Segment(0xE0, [.. "JFIF\0"u8.ToArray(), 1, 1, unit, .. d, .. d, 0, 0]);
    }

    /// <summary>An APP1 Exif segment whose IFD0 holds XResolution, YResolution (RATIONAL xres/1) and ResolutionUnit.</summary>
    private static byte[] Exif(bool littleEndian, uint xres, ushort unit)
    {
        var t = new byte[8 + 2 + 3 * 12 + 4 + 16];
        void U16(int at, ushort v) { if (littleEndian) BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(at), v); else BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(at), v); }
        void U32(int at, uint v) { if (littleEndian) BinaryPrimitives.WriteUInt32LittleEndian(t.AsSpan(at), v); else BinaryPrimitives.WriteUInt32BigEndian(t.AsSpan(at), v); }
        t[0] = t[1] = (byte)(littleEndian ? 'I' : 'M');
        U16(2, 42);
        U32(4, 8);
        U16(8, 3);
        int values = 8 + 2 + 3 * 12 + 4;
        (ushort Tag, ushort Type, uint Value)[] entries = [(282, 5, (uint)values), (283, 5, (uint)values + 8), (296, 3, unit)];
        for (int e = 0; e < entries.Length; e++)
        {
            int at = 10 + e * 12;
            U16(at, entries[e].Tag);
            U16(at + 2, entries[e].Type);
            U32(at + 4, 1);
            if (entries[e].Type == 3) U16(at + 8, (ushort)entries[e].Value); else U32(at + 8, entries[e].Value);
        }
        U32(values, xres); U32(values + 4, 1);
        U32(values + 8, xres); U32(values + 12, 1);
        return Segment(0xE1, [.. "Exif\0\0"u8.ToArray(), .. t]);
    }

    /// <summary>A JPEG header: SOI, the given segments, a baseline frame header (1 × 1 grey) and EOI.</summary>
    private static byte[] Jpeg(params byte[][] segments) =>
        [0xFF, 0xD8, .. segments.SelectMany(s => s), .. Segment(0xC0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]), 0xFF, 0xD9];
}

using Intake.Corpus.Content;
using Intake.Corpus.Model;
using Intake.Corpus.Planning;
using Intake.Corpus.Rendering;
using Intake.Corpus.Scenarios;
using Intake.Corpus.Writers;
using UglyToad.PdfPig;

namespace Intake.Corpus.Tests;

/// <summary>Scans as an office produces them: turned pages really turned, resolutions as declared, phone photos without one.</summary>
public sealed class ScanTests
{
    private static readonly IReadOnlyList<DateOnly> Days = MailCalendar.Days(CorpusOptions.DefaultBaseDate);

    [Fact]
    public void A_quarter_turn_is_clockwise()
    {
        // 3 × 2 raster: row 0 = 1 2 3, row 1 = 4 5 6.
        var r = new Raster(3, 2, [1, 2, 3, 4, 5, 6], 1, 300, 150);
        var cw = r.Turned(1);
        Assert.Equal((2, 3, 150, 300), (cw.Width, cw.Height, cw.DpiX, cw.DpiY));
        Assert.Equal(new byte[] { 4, 1, 5, 2, 6, 3 }, cw.Pixels);
        Assert.Equal(new byte[] { 6, 5, 4, 3, 2, 1 }, r.Turned(2).Pixels);
        Assert.Equal(new byte[] { 3, 6, 2, 5, 1, 4 }, r.Turned(3).Pixels);
        Assert.Equal(r.Pixels, r.Turned(4).Pixels);
    }

    /// <summary>Mean position of the ink, as fractions of the width and the height.</summary>
    private static (double X, double Y) InkCentre(Raster r)
    {
        double sx = 0, sy = 0, n = 0;
        for (int y = 0; y < r.Height; y++)
            for (int x = 0; x < r.Width; x++)
                if (r.Pixels[y * r.Width + x] < 128) { sx += x; sy += y; n++; }
        Assert.True(n > 50, "no ink");
        return (sx / n / r.Width, sy / n / r.Height);
    }

    [Fact]
    public void A_page_fed_sideways_or_upside_down_is_really_turned()
    {
        // A title in the top-left corner of an otherwise empty page.
        var page = new PageBuilder().Title("COMPTE RENDU OPÉRATOIRE", centered: false).Build();
        var layout = LayoutEngine.Layout(page, serif: false);
        var flat = new ScanSettings { DpiX = 60, DpiY = 60, Paper = 255 };
        var upright = PageRasterizer.Render(layout, flat);
        var (ux, uy) = InkCentre(upright);
        Assert.True(uy < 0.2 && ux < 0.5, $"upright ink at {ux:0.00},{uy:0.00}");
        var clockwise = PageRasterizer.Render(layout, flat with { QuarterTurns = 1 });
        Assert.True(clockwise.Width > clockwise.Height);
        var (cx, cy) = InkCentre(clockwise);
        Assert.True(cx > 0.8 && cy < 0.5, $"clockwise: top of the page goes right, ink at {cx:0.00},{cy:0.00}");
        var (hx, hy) = InkCentre(PageRasterizer.Render(layout, flat with { QuarterTurns = 2 }));
        Assert.True(hy > 0.8 && hx > 0.5, $"upside down: ink at {hx:0.00},{hy:0.00}");
        var counter = PageRasterizer.Render(layout, flat with { QuarterTurns = 3 });
        var (ax, ay) = InkCentre(counter);
        Assert.True(ax < 0.2 && ay > 0.5, $"counter-clockwise: top of the page goes left, ink at {ax:0.00},{ay:0.00}");
    }

    private static Document Letter(int seed)
    {
        var rng = new Random(seed);
        return Letters.Unrelated(new People.PersonFactory(rng), rng, Days[0]);
    }

    [Fact]
    public void A_sideways_page_of_a_scanned_pdf_is_a_landscape_sheet_with_a_landscape_image()
    {
        int landscape = 0;
        for (int seed = 0; seed < 12; seed++)
        {
            var docs = new List<Document> { Letter(seed), Letter(seed + 100) };
            var pdf = FileRenderer.Render(new FileRenderer.Request(docs, FileKind.ScannedPdf, new Random(seed), null, TurnedPage: 1));
            using var doc = PdfDocument.Open(pdf);
            foreach (var page in doc.GetPages())
            {
                // The image fills the sheet at a scanner's resolution both ways: a sideways image on an upright sheet
                // (or the reverse) would give resolutions no scanner has.
                var image = page.GetImages().Single();
                double dx = image.WidthInSamples / page.Width * 72, dy = image.HeightInSamples / page.Height * 72;
                Assert.Contains(KnownDpi, k => Math.Abs(k - dx) < 1.5);
                Assert.Contains(KnownDpi, k => Math.Abs(k - dy) < 1.5);
                bool wide = page.Width > page.Height;
                if (page.Number == 1) Assert.False(wide);
                if (wide) landscape++;
            }
        }
        Assert.True(landscape > 0, "no page was fed sideways");
    }

    private static readonly double[] KnownDpi = [150, 200, 300, 204, 98, 196];

    [Fact]
    public void Scanned_pdf_pages_have_a_real_scanner_resolution()
    {
        double[] known = KnownDpi;
        for (int seed = 0; seed < 16; seed++)
        {
            var pdf = FileRenderer.Render(new FileRenderer.Request([Letter(seed)], FileKind.ScannedPdf, new Random(seed), "REÇU LE 05 JANV. 2026"));
            using var doc = PdfDocument.Open(pdf);
            var page = doc.GetPage(1);
            var image = page.GetImages().Single();
            double dx = image.WidthInSamples / page.Width * 72, dy = image.HeightInSamples / page.Height * 72;
            Assert.Contains(known, k => Math.Abs(k - dx) < 1.5);
            Assert.Contains(known, k => Math.Abs(k - dy) < 1.5);
        }
    }

    [Fact]
    public void Jpeg_png_and_tiff_declare_the_resolution_of_their_raster()
    {
        var r = new Raster(40, 30, new byte[40 * 30], 1, 300, 300);
        var jpeg = ImageFiles.Jpeg(ImageEncoding.Jpeg(r, 80));
        Assert.Equal((40, 30, 300.0, 300.0, 1), jpeg);
        var photo = ImageFiles.Jpeg(ImageEncoding.Jpeg(r with { DpiX = 0, DpiY = 0 }, 80));
        Assert.Equal((0.0, 0.0), (photo.DpiX, photo.DpiY));
        var png = ImageEncoding.Png(r with { DpiX = 150, DpiY = 150 });
        var (pw, ph, px, py) = ImageFiles.Png(png);
        Assert.Equal((40, 30), (pw, ph));
        Assert.InRange(px, 149.9, 150.1);
        Assert.InRange(py, 149.9, 150.1);
        using (var decoded = SkiaSharp.SKBitmap.Decode(png)) Assert.Equal(40, decoded.Width); // the inserted chunk keeps the file valid
        var path = Path.Combine(Path.GetTempPath(), $"intake-fax-{Guid.NewGuid():N}.tif");
        try
        {
            File.WriteAllBytes(path, ImageEncoding.Tiff([r with { DpiX = 204, DpiY = 98 }, r], TiffCodec.G3));
            var pages = ImageFiles.Tiff(path);
            Assert.Equal(2, pages.Count);
            Assert.Equal((204.0, 98.0, 3), (pages[0].DpiX, pages[0].DpiY, pages[0].Compression));
            Assert.Equal((300.0, 300.0), (pages[1].DpiX, pages[1].DpiY));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_fax_page_has_half_the_rows_of_a_square_scan()
    {
        var layout = LayoutEngine.Layout(Letter(1).Pages[0], serif: false);
        var fax = PageRasterizer.Render(layout, new ScanSettings { DpiX = 204, DpiY = 98 });
        Assert.Equal((int)Math.Round(LayoutEngine.A4Width * 204 / 72), fax.Width);
        Assert.Equal((int)Math.Round(LayoutEngine.A4Height * 98 / 72), fax.Height);
        var stretched = PageRasterizer.Render(layout, new ScanSettings { DpiX = 200, DpiY = 200, RowRepeat = 2 });
        for (int y = 0; y + 1 < stretched.Height; y += 2)
            Assert.True(stretched.Pixels.AsSpan(y * stretched.Width, stretched.Width).SequenceEqual(stretched.Pixels.AsSpan((y + 1) * stretched.Width, stretched.Width)));
    }

    [Fact]
    public void An_identity_card_comes_as_a_phone_photo_without_resolution_or_as_a_scan_with_one()
    {
        var scenario = ScenarioCatalogue.All[0];
        int photos = 0, scans = 0;
        for (int seed = 0; seed < 10; seed++)
        {
            var ctx = new DossierContext(scenario, scenario.Id, new Random(seed), Days);
            var card = DossierDocuments.Build(ctx, Piece.IdVictim, 0, FileKind.Jpeg, 3);
            Assert.Single(card.Pages);
            var jpeg = ImageFiles.Jpeg(FileRenderer.Render(new FileRenderer.Request([card], FileKind.Jpeg, new Random(seed), null)));
            if (jpeg.DpiX == 0)
            {
                photos++;
                Assert.Equal(3, jpeg.Channels);
                Assert.True(Math.Max(jpeg.W, jpeg.H) >= 1600, $"photo {jpeg.W}×{jpeg.H}");
            }
            else
            {
                scans++;
                // A flat scan of the card: a card's width (85.6 to 125 mm) plus margins, at the declared resolution.
                double mm = jpeg.W / jpeg.DpiX * 25.4;
                Assert.InRange(mm, 85, 150);
            }
        }
        Assert.True(photos > 0 && scans > 0, $"photos {photos}, scans {scans}");
    }
}

/// <summary>Every image of the generated corpus declares the resolution it was drawn at (phone photos excepted).</summary>
[Collection("small corpus")]
public sealed class CorpusResolutionTests(SmallCorpusFixture corpus)
{
    private const double A4W = 210 / 25.4, A4H = 297 / 25.4;

    /// <summary>Physical size in inches is that of an A4 sheet (either way round) or of a cropped identity card.</summary>
    private static void AssertPhysicalSize(string file, int w, int h, double dpiX, double dpiY)
    {
        double iw = w / dpiX, ih = h / dpiY;
        bool a4 = (Math.Abs(iw - A4W) < 0.05 && Math.Abs(ih - A4H) < 0.05) || (Math.Abs(iw - A4H) < 0.05 && Math.Abs(ih - A4W) < 0.05);
        bool card = Math.Min(iw, ih) > 2.0 && Math.Max(iw, ih) < 6.0;
        Assert.True(a4 || card, $"{file}: {w}×{h} px at {dpiX}×{dpiY} dpi is {iw:0.00}×{ih:0.00} in");
    }

    [Fact]
    public void Every_image_file_declares_the_resolution_it_was_scanned_at()
    {
        int declared = 0;
        foreach (var f in corpus.InboxFiles())
        {
            switch (Path.GetExtension(f))
            {
                case ".jpg":
                    var j = ImageFiles.Jpeg(File.ReadAllBytes(f));
                    if (j.DpiX == 0) Assert.Equal(3, j.Channels); // a phone photo: colour, no resolution
                    else { AssertPhysicalSize(f, j.W, j.H, j.DpiX, j.DpiY); declared++; }
                    break;
                case ".png":
                    var p = ImageFiles.Png(File.ReadAllBytes(f));
                    Assert.True(p.DpiX > 0, $"{f}: no pHYs");
                    AssertPhysicalSize(f, p.W, p.H, p.DpiX, p.DpiY);
                    declared++;
                    break;
                case ".tif":
                    foreach (var page in ImageFiles.Tiff(f))
                    {
                        Assert.True(page.DpiX > 0 && page.DpiY > 0, $"{f}: a page without resolution");
                        AssertPhysicalSize(f, page.W, page.H, page.DpiX, page.DpiY);
                        declared++;
                    }
                    break;
            }
        }
        Assert.True(declared > 10, $"declared {declared}");
    }
}

using System.Diagnostics;
using Intake.Domain.Documents;
using Intake.Text.Images;
using Intake.Text.Layout;
using Intake.Text.Ocr;
using Intake.Text.Reading;
using Intake.Text.Sniffing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Word = Intake.Domain.Documents.Word;

namespace Intake.Text.Pdf;

/// <summary>
/// Decides, page by page, between the PDF's text layer and OCR, and prepares the OCR rasters
/// (the scan's own image when it covers the page, else a pdftoppm rendering).
/// </summary>
internal static class PdfPageSource
{
    /// <summary>Jobs for every page, in order. The document must stay open while the sequence is enumerated.</summary>
    public static IEnumerable<PageJob> Enumerate(string path, PdfDocument document, TextOptions options, int firstPage, int lastPage)
    {
        for (int n = firstPage; n <= lastPage; n++)
        {
            yield return Plan(path, document, n, options);
        }
    }

    internal static PageJob Plan(string path, PdfDocument document, int number, TextOptions options)
    {
        var sw = Stopwatch.StartNew();
        Page page;
        List<Word> words;
        PageImages images;
        try
        {
            page = document.GetPage(number);
            words = TextLayerReader.ReadWords(page);
            images = PageImageFinder.Inspect(page, options);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException or UnreadableFileException))
        {
            throw Unreadable.CorruptPdf($"page {number} illisible", e);
        }
        double textLayerMs = sw.Elapsed.TotalMilliseconds;
        double width = page.Width, height = page.Height;

        if (!NeedsOcr(words, images, options))
        {
            var text = new PageText(number, width, height, LineBuilder.Group(words), TextSource.TextLayer, 1.0, 0)
            {
                Drawings = DrawingReader.Read(page),
            };
            textLayerMs = sw.Elapsed.TotalMilliseconds;
            return new ReadyPageJob(text, new PageTiming(number, TextSource.TextLayer, textLayerMs, 0, 0, 0, 0, 0));
        }

        var direct = images.Direct;
        var placement = direct is null
            ? PagePlacement.FullPage(width, height)
            : new PagePlacement(width, height, direct.Left, direct.Top, direct.Width, direct.Height);
        var stamps = words.Where(w => TextLayerQuality.IsClean(w.Text)).ToList(); // e.g. a typed reception stamp
        return new OcrPageJob(number, ct => Load(path, number, direct, placement, options, ct), textLayerMs, stamps);
    }

    /// <summary>
    /// OCR when the page is a scan (images cover half of it or more) without a real text layer, when a page has
    /// images but no text at all (an ID card pasted on a page), or when the text layer is mostly garbage.
    /// </summary>
    internal static bool NeedsOcr(IReadOnlyList<Word> words, PageImages images, TextOptions options)
    {
        int plausible = TextLayerQuality.CountPlausible(words.Select(w => w.Text));
        if (images.Coverage >= 0.5) return plausible < options.MinTextLayerWords;
        if (words.Count == 0) return images.Coverage > 0;
        return words.Count >= 5 && plausible < 0.5 * words.Count;
    }

    private static LoadedRaster Load(string path, int number, EmbeddedPageImage? direct, PagePlacement placement, TextOptions options, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        if (direct is not null)
        {
            int reduction = RasterReduction.JpegReduction(Math.Min(direct.DpiX, direct.DpiY), options.MaxOcrDpi);
            var pix = direct.Data.TryDecode(direct.PixelWidth, direct.PixelHeight, reduction);
            // The decoder scales by an exact power of two, rounding up (libjpeg's DCT scaling).
            int expectedW = direct.PixelWidth, expectedH = direct.PixelHeight;
            if (pix is not null && pix.Width != expectedW)
            {
                expectedW = (direct.PixelWidth + reduction - 1) / reduction;
                expectedH = (direct.PixelHeight + reduction - 1) / reduction;
            }
            if (pix is not null && pix.Width == expectedW && pix.Height == expectedH)
            {
                var resolution = new PageResolution(direct.DpiX, direct.DpiY, ResolutionSource.PdfPlacement)
                    .Scaled((double)expectedW / direct.PixelWidth, (double)expectedH / direct.PixelHeight);
                return new LoadedRaster(pix, resolution, placement, 0, sw.Elapsed.TotalMilliseconds);
            }
            pix?.Dispose(); // undecodable or not what the PDF said: render the page instead
        }
        var (dpi, maxW, maxH) = RenderSize(number, placement.PageWidth, placement.PageHeight, options);
        byte[] pgm;
        try
        {
            pgm = Pdftoppm.RenderGray(options.PdftoppmPath, path, number, dpi, maxW, maxH, ct);
        }
        catch (InvalidOperationException e)
        {
            throw Unreadable.CorruptPdf($"page {number} impossible à afficher", e);
        }
        double renderMs = sw.Elapsed.TotalMilliseconds;
        var rendered = Pix.TryDecode(pgm) ?? throw Unreadable.CorruptPdf($"page {number} impossible à afficher");
        double decodeMs = sw.Elapsed.TotalMilliseconds - renderMs;
        return new LoadedRaster(rendered, new PageResolution(dpi, dpi, ResolutionSource.Rendered),
            PagePlacement.FullPage(placement.PageWidth, placement.PageHeight), renderMs, decodeMs);
    }

    /// <summary>
    /// The resolution to render a page at, decided from its size in points before anything is allocated: the
    /// configured DPI, lowered so that the raster stays within <see cref="TextOptions.MaxImagePixels"/> and
    /// <see cref="TextOptions.MaxImageSide"/>; a page too large even at <see cref="TextOptions.MinRenderDpi"/>
    /// (a poster, or a page that lies about its size) is refused. Also the pixel box pdftoppm's output is cut to.
    /// </summary>
    internal static (int Dpi, int MaxWidthPx, int MaxHeightPx) RenderSize(int number, double widthPt, double heightPt, TextOptions options)
    {
        if (!(widthPt > 0 && heightPt > 0) || double.IsInfinity(widthPt) || double.IsInfinity(heightPt))
            throw Unreadable.CorruptPdf($"page {number} sans dimensions");
        double w = widthPt / 72, h = heightPt / 72; // inches
        double dpi = options.RenderDpi;
        dpi = Math.Min(dpi, Math.Sqrt(options.MaxImagePixels / (w * h)));
        dpi = Math.Min(dpi, options.MaxImageSide / Math.Max(w, h));
        if (dpi < options.MinRenderDpi) throw Unreadable.PageTooLarge(number, widthPt, heightPt);
        int d = (int)Math.Floor(dpi);
        return (d, (int)Math.Ceiling(w * d) + 2, (int)Math.Ceiling(h * d) + 2);
    }
}

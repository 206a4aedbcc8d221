using Intake.Domain.Documents;
using Intake.Text.Images;

namespace Intake.Text;

/// <summary>Time spent on one page, per step, in milliseconds.</summary>
public sealed record PageTiming(
    int Page,
    TextSource Source,
    double TextLayerMs,
    double RenderMs,
    double DecodeMs,
    double OrientationMs,
    double OcrMs,
    int OcrPasses)
{
    /// <summary>A scanned page found blank before OCR (no Tesseract pass).</summary>
    public bool SkippedBlank => Source == TextSource.Ocr && OcrPasses == 0;

    /// <summary>Orientation detections (OSD) run on the page: 1 when its first reading looked wrong.</summary>
    public int OrientationChecks { get; init; }

    /// <summary>The turn (clockwise degrees) of the reading that was kept: not 0 when a re-reading won.</summary>
    public int RotationDegrees { get; init; }

    /// <summary>Where the raster's resolution came from (null for text-layer pages).</summary>
    public ResolutionSource? Resolution { get; init; }

    /// <summary>Pixels of the raster handed to Tesseract (after reduction).</summary>
    public long OcrPixels { get; init; }

    /// <summary>The first reading of an OCR'd page (0 for a blank or a text-layer page).</summary>
    public int FirstReadings => OcrPasses > 0 ? 1 : 0;

    /// <summary>Readings of the page turned (after an orientation check).</summary>
    public int RotatedReadings => Math.Max(0, OcrPasses - 1);

    /// <summary>Whether the page's resolution was guessed (estimated from its writing, or assumed).</summary>
    public bool ResolutionGuessed => Resolution is ResolutionSource.Estimated or ResolutionSource.Assumed;

    public double TotalMs => TextLayerMs + RenderMs + DecodeMs + OrientationMs + OcrMs;
}

/// <summary>
/// Thread-safe accumulator of per-page timings, for the benchmark and the run summary
/// (pages, OCR pages, and milliseconds per step).
/// </summary>
public sealed class TextStageStats
{
    private readonly object gate = new();
    private readonly List<PageTiming> pages = [];

    public void Add(PageTiming timing)
    {
        lock (gate) pages.Add(timing);
    }

    public IReadOnlyList<PageTiming> Pages
    {
        get { lock (gate) return pages.ToList(); }
    }

    public int PageCount { get { lock (gate) return pages.Count; } }

    public int OcrPageCount { get { lock (gate) return pages.Count(p => p.Source == TextSource.Ocr); } }

    /// <summary>Totals per step, e.g. "text layer 120 ms, render 0 ms, decode 300 ms, orientation 250 ms, OCR 4,100 ms".</summary>
    public string Summary()
    {
        lock (gate)
        {
            return $"{pages.Count} pages ({pages.Count(p => p.Source == TextSource.Ocr)} OCR): " +
                   $"text layer {pages.Sum(p => p.TextLayerMs):F0} ms, render {pages.Sum(p => p.RenderMs):F0} ms, " +
                   $"decode {pages.Sum(p => p.DecodeMs):F0} ms, orientation {pages.Sum(p => p.OrientationMs):F0} ms, " +
                   $"OCR {pages.Sum(p => p.OcrMs):F0} ms ({pages.Sum(p => p.OcrPasses)} passes, {pages.Count(p => p.SkippedBlank)} blank pages skipped); " +
                   Passes(pages);
        }
    }

    /// <summary>
    /// Tesseract's work per page, independent of the machine's load: "158 OCR pages: 150 first readings,
    /// 12 orientation checks, 3 rotated re-readings (1 kept); resolution guessed on 2 pages; 0.83 Mpx per reading".
    /// </summary>
    public static string Passes(IReadOnlyCollection<PageTiming> pages)
    {
        var ocr = pages.Where(p => p.Source == TextSource.Ocr).ToList();
        int readings = ocr.Sum(p => p.OcrPasses);
        double mpx = readings == 0 ? 0 : ocr.Sum(p => p.OcrPixels * (double)p.OcrPasses) / readings / 1e6;
        return FormattableString.Invariant(
            $"{ocr.Count} OCR pages: {ocr.Sum(p => p.FirstReadings)} first readings, {ocr.Sum(p => p.OrientationChecks)} orientation checks, ") +
               FormattableString.Invariant(
            $"{ocr.Sum(p => p.RotatedReadings)} rotated re-readings ({ocr.Count(p => p.RotationDegrees != 0)} kept); resolution guessed on {ocr.Count(p => p.ResolutionGuessed)} pages; {mpx:0.00} Mpx per reading");
    }
}

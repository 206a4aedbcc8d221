using Intake.Domain.Documents;

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
                   $"OCR {pages.Sum(p => p.OcrMs):F0} ms ({pages.Sum(p => p.OcrPasses)} passes, {pages.Count(p => p.SkippedBlank)} blank pages skipped)";
        }
    }
}

using System.Globalization;
using Intake.Domain.Documents;
using Intake.Text;

namespace Intake.App.Bench;

/// <summary>Prints the side-by-side table of a bench run.</summary>
public static class BenchReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void PrintIntake(TextWriter o, IntakeRunResult r, int totalPages, bool heading = true)
    {
        var t = r.PageTimings;
        int ocrPages = t.Count(p => p.Source == TextSource.Ocr);
        var outcomes = r.Files.GroupBy(f => f.Outcome).Select(g => $"{g.Count()} {g.Key.ToLowerInvariant()}");
        if (heading) o.WriteLine(F($"1. Intake end to end (ingest → route, fresh database {r.Database}, read-ahead {r.ReadAhead} file(s)):"));
        o.WriteLine(F($"   {r.Files.Count} files ({string.Join(", ", outcomes)}), {totalPages} pages in {r.WallSeconds:0.0} s = {BenchFigures.PerMinute(totalPages, r.WallSeconds):0.0} pages/min"));
        o.WriteLine(F($"   CPU time of the Intake process during the run: {r.ProcessCpuSeconds:0.0} s ({r.ProcessCpuSeconds / r.WallSeconds:0.00} cores busy on average; PostgreSQL's own not counted)"));
        o.WriteLine(F($"   text stage, thread time summed over the {ocrPages} OCR'd and {t.Count - ocrPages} text-layer pages (2 engines run at once):"));
        o.WriteLine(F($"     text layer (PdfPig) {Ms(t.Sum(p => p.TextLayerMs))}, render (pdftoppm) {Ms(t.Sum(p => p.RenderMs))}, image decode {Ms(t.Sum(p => p.DecodeMs))},"));
        o.WriteLine(F($"     orientation (OSD) {Ms(t.Sum(p => p.OrientationMs))}, OCR {Ms(t.Sum(p => p.OcrMs))} ({t.Sum(p => p.OcrPasses)} Tesseract passes for {ocrPages} pages, {t.Count(p => p.SkippedBlank)} of them blank: not OCR'd)"));
        o.WriteLine($"   Tesseract passes (load-independent): {TextStageStats.Passes(t)}");
        o.WriteLine($"   resolution of the OCR'd pages: {ResolutionSources(t)}");
        o.WriteLine(F($"   pipeline wall time: ingest {Ms(r.IngestMs)}, waiting for text {Ms(r.Clock.TextWaitMs)}, classify {Ms(r.Clock.ClassifyMs)}, extract {Ms(r.Clock.ExtractMs)}, store/attach/route {Ms(r.StoreAttachRouteMs)}"));
        var failed = r.Files.Where(f => f.Outcome == "Failed").Select(f => f.RelativePath).ToList();
        if (failed.Count > 0) o.WriteLine($"   FAILED (exception, not quarantined): {string.Join(", ", failed)}");
    }

    /// <summary>OCR'd pages per origin of their resolution, e.g. "PdfPlacement 120, Header 30, Estimated 2".</summary>
    public static string ResolutionSources(IEnumerable<PageTiming> pages)
    {
        var counts = pages.Where(p => p.Resolution is not null)
            .GroupBy(p => p.Resolution!.Value)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Key} {g.Count()}")
            .ToList();
        return counts.Count == 0 ? "none" : string.Join(", ", counts);
    }

    public static void PrintBatch(TextWriter o, string label, BatchResult b)
    {
        o.WriteLine(F($"   {label,-34} {b.Items,4} runs, {b.Pages,4} pages in {b.WallSeconds,7:0.00} s = {b.PagesPerMinute,7:0.0} pages/min{Peak(b.PeakRssKb)}{(b.Failures > 0 ? $", {b.Failures} FAILED ({b.FirstError})" : "")}"));
    }

    public static void PrintRatios(TextWriter o, BenchFigures f, double intakeTotalSeconds, BatchResult? ocrmypdf, BatchResult? cliSeq, BatchResult? cliPar)
    {
        o.WriteLine("Ratios and targets:");
        o.WriteLine(F($"   Intake on scanned pages: {f.ScannedPages} pages in {f.IntakeScannedSeconds:0.0} s (end-to-end wall minus the files without scans) = {f.IntakeScannedPagesPerMinute:0.0} pages/min"));
        if (cliPar is not null)
            o.WriteLine(F($"   Intake / tesseract CLI ×2 = {f.ScannedRatioToCli:0.000} (target ≥ {BenchFigures.ScannedTarget}) {Verdict(f.ScannedTargetMet)}"));
        if (cliSeq is not null && cliPar is not null)
            o.WriteLine(F($"   tesseract CLI ×2 / ×1 = {cliPar.PagesPerMinute / cliSeq.PagesPerMinute:0.00} (scaling over 2 cores); Intake / CLI ×1 = {f.IntakeScannedPagesPerMinute / cliSeq.PagesPerMinute:0.00}"));
        if (ocrmypdf is not null)
            o.WriteLine(F($"   ocrmypdf time / Intake time (same valid files) = {f.SpeedupOverOcrmypdf:0.00}× (target ≥ {BenchFigures.OcrmypdfTarget}) {Verdict(f.OcrmypdfTargetMet)}"));
        o.WriteLine(F($"   born-digital pages OCR'd by Intake: {f.BornDigitalOcrPages} of {f.BornDigitalPages} (target 0); Intake text layer / pdftotext time = {f.TextLayerRatioToPdftotext:0.00} (target ≤ {BenchFigures.TextLayerTarget}) {Verdict(f.TextLayerTargetMet)}"));
    }

    public static string Peak(long kb) => kb > 0 ? F($", peak RSS {kb / 1024.0:0} MiB") : "";

    private static string Verdict(bool met) => met ? "MET" : "MISSED";

    private static string Ms(double ms) => ms >= 10_000 ? F($"{ms / 1000:0.0} s") : F($"{ms:0} ms");

    private static string F(FormattableString s) => s.ToString(Inv);
}

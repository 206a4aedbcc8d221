using System.Collections.Concurrent;
using System.Diagnostics;
using Intake.Text;

namespace Intake.App.Bench;

/// <summary>A timed batch of runs: wall time, items, failures, peak memory of the largest child or process.</summary>
public sealed record BatchResult(string Name, double WallSeconds, int Items, int Pages, int Failures, long PeakRssKb, string? FirstError = null)
{
    public double PagesPerMinute => WallSeconds > 0 ? Pages / WallSeconds * 60 : 0;
}

/// <summary>The reference tools, run over the same corpus as Intake.</summary>
public static class ExternalRuns
{
    private static readonly Dictionary<string, string> SingleThreadOmp = new() { ["OMP_THREAD_LIMIT"] = "1" };

    /// <summary>`tesseract IMG - -l fra --dpi N`, one process per page, <paramref name="parallel"/> at a time.</summary>
    public static async Task<BatchResult> TesseractCliAsync(IReadOnlyList<BenchPage> pages, int parallel, CancellationToken ct)
    {
        var failures = 0;
        long peak = 0;
        string? error = null;
        var sw = Stopwatch.StartNew();
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct }, async (page, token) =>
        {
            var run = await ExternalProcess.RunAsync("tesseract", [page.ImagePath!, "-", "-l", "fra", "--dpi", page.Dpi.ToString()], SingleThreadOmp, ct: token);
            Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), run.PeakRssKb));
            if (run.ExitCode != 0)
            {
                Interlocked.Increment(ref failures);
                error ??= run.StdErr.Trim();
            }
        });
        return new BatchResult($"tesseract CLI ×{parallel}", sw.Elapsed.TotalSeconds, pages.Count, pages.Count, failures, peak, error);
    }

    /// <summary>`ocrmypdf -l fra --skip-text -j 2 IN OUT` over each file (images already wrapped by img2pdf, untimed).</summary>
    public static async Task<BatchResult> OcrmypdfAsync(IReadOnlyList<BenchFile> files, string outDir, int jobs, CancellationToken ct)
    {
        Directory.CreateDirectory(outDir);
        int failures = 0, index = 0;
        long peak = 0;
        string? error = null;
        var sw = Stopwatch.StartNew();
        foreach (var f in files)
        {
            var output = Path.Combine(outDir, $"{++index:D4}.pdf");
            var run = await ExternalProcess.RunAsync("ocrmypdf",
                ["-q", "-l", "fra", "--skip-text", "-j", jobs.ToString(), f.PdfPath!, output], SingleThreadOmp, ct: ct);
            peak = Math.Max(peak, run.PeakRssKb);
            if (run.ExitCode != 0)
            {
                failures++;
                error ??= $"{f.RelativePath}: exit {run.ExitCode}: {run.StdErr.Trim().Split('\n').LastOrDefault()}";
            }
        }
        return new BatchResult($"ocrmypdf -j {jobs}", sw.Elapsed.TotalSeconds, files.Count, files.Sum(f => f.Pages.Count), failures, peak, error);
    }

    /// <summary>`pdftotext FILE -` over each born-digital PDF, sequentially; best of <paramref name="rounds"/>.</summary>
    public static async Task<BatchResult> PdftotextAsync(IReadOnlyList<BenchFile> files, int rounds, CancellationToken ct)
    {
        BatchResult? best = null;
        for (int r = 0; r < rounds; r++)
        {
            int failures = 0;
            long peak = 0;
            var sw = Stopwatch.StartNew();
            foreach (var f in files)
            {
                var run = await ExternalProcess.RunAsync("pdftotext", [f.FullPath, "-"], measureMemory: false, ct: ct);
                peak = Math.Max(peak, run.PeakRssKb);
                if (run.ExitCode != 0) failures++;
            }
            var result = new BatchResult("pdftotext", sw.Elapsed.TotalSeconds, files.Count, files.Sum(f => f.Pages.Count), failures, peak);
            if (best is null || result.WallSeconds < best.WallSeconds) best = result;
        }
        return best!;
    }

    /// <summary>
    /// Intake's text stage (FileTextReader: sniffing, PdfPig text layer, AcroForm, line building) over the same
    /// born-digital PDFs, sequentially, in this process after one warm-up round; best of <paramref name="rounds"/>.
    /// Also returns how many pages it OCR'd (should be none).
    /// </summary>
    public static async Task<(BatchResult Result, int OcrPages)> PdfPigAsync(IReadOnlyList<BenchFile> files, int rounds, CancellationToken ct)
    {
        using var reader = new FileTextReader(new TextOptions { DegreeOfParallelism = 1 });
        foreach (var f in files) await reader.ReadAsync(f.FullPath, ct); // warm-up (JIT, font caches)
        BatchResult? best = null;
        for (int r = 0; r < rounds; r++)
        {
            int failures = 0;
            var sw = Stopwatch.StartNew();
            foreach (var f in files)
            {
                try { await reader.ReadAsync(f.FullPath, ct); }
                catch (Exception e) when (e is not OperationCanceledException) { failures++; }
            }
            var result = new BatchResult("Intake text layer (PdfPig)", sw.Elapsed.TotalSeconds, files.Count, files.Sum(f => f.Pages.Count), failures, 0);
            if (best is null || result.WallSeconds < best.WallSeconds) best = result;
        }
        return (best!, reader.Stats.OcrPageCount);
    }
}

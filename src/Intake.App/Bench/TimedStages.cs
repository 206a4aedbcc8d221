using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Pipeline.Steps;

namespace Intake.App.Bench;

/// <summary>Wall time the file processor spent in each analysis stage (summed over files; calls are sequential).</summary>
public sealed class StageClock
{
    public double TextWaitMs;
    public double ClassifyMs;
    public double ExtractMs;

    public double AnalysisMs => TextWaitMs + ClassifyMs + ExtractMs;
}

/// <summary>
/// The real text stage, with an optional read-ahead: <see cref="Prefetch"/> starts reading a file from the
/// corpus before the pipeline asks for it; when the processor then reads the archived copy (named by its
/// SHA-256), it gets the read already under way. Same bytes, same reader, same result — only earlier, so the
/// OCR engines work on the next file while the current one is classified, extracted and committed.
/// </summary>
public sealed class ReadAheadTextStage(ITextStage inner, StageClock clock) : ITextStage
{
    private readonly ConcurrentDictionary<string, Task<FileText>> started = new(StringComparer.OrdinalIgnoreCase);

    public void Prefetch(string sourcePath)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(sourcePath)));
        started.GetOrAdd(key, _ => Task.Run(() => inner.ReadAsync(sourcePath, CancellationToken.None)));
    }

    public async Task<FileText> ReadAsync(string path, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        try
        {
            return started.TryRemove(Path.GetFileNameWithoutExtension(path), out var early)
                ? await early.WaitAsync(ct)
                : await inner.ReadAsync(path, ct);
        }
        finally
        {
            clock.TextWaitMs += sw.Elapsed.TotalMilliseconds;
        }
    }

    public Task<FileText> ReadPagesAsync(string path, int firstPage, int lastPage, CancellationToken ct) =>
        inner.ReadPagesAsync(path, firstPage, lastPage, ct);

    /// <summary>Waits for reads nobody asked for (a duplicate file is never read twice), ignoring their errors.</summary>
    public async Task DrainAsync()
    {
        foreach (var key in started.Keys.ToList())
        {
            if (!started.TryRemove(key, out var task)) continue;
            try { await task; }
            catch (Exception) { /* the pipeline never asked for this read */ }
        }
    }
}

public sealed class TimedClassificationStage(IClassificationStage inner, StageClock clock) : IClassificationStage
{
    public (IReadOnlyList<PageLabel> Pages, IReadOnlyList<(string Type, double Confidence, int FirstPage, int LastPage, IReadOnlyList<string> Flags)> Documents)
        ClassifyAndSplit(FileText text)
    {
        var sw = Stopwatch.StartNew();
        try { return inner.ClassifyAndSplit(text); }
        finally { clock.ClassifyMs += sw.Elapsed.TotalMilliseconds; }
    }
}

public sealed class TimedExtractionStage(IExtractionStage inner, StageClock clock) : IExtractionStage
{
    public IReadOnlyList<ExtractedField> Extract(string type, IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var sw = Stopwatch.StartNew();
        try { return inner.Extract(type, pages, formFields); }
        finally { clock.ExtractMs += sw.Elapsed.TotalMilliseconds; }
    }
}

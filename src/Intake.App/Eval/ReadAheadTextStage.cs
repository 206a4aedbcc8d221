using System.Diagnostics;
using System.Security.Cryptography;
using Intake.Domain.Documents;
using Intake.Pipeline.Steps;
using Intake.Text.Ocr;

namespace Intake.App.Eval;

/// <summary>
/// The real text stage with a read-ahead for a corpus replayed in order (`intake eval`, `intake bench`): the
/// pipeline takes one file at a time, so without it the OCR engines would wait while a file is classified,
/// extracted and stored, and a one-page file would keep one engine of two busy. <see cref="Feed"/> starts reading
/// the next files from the corpus whenever an engine is about to be idle (<see cref="OcrEnginePool.WaitForSpareWorkerAsync"/>),
/// at most <see cref="MaxFilesAhead"/> files ahead of the pipeline; when the pipeline then reads the archived copy
/// (named by its SHA-256), it gets the read already under way. Same bytes, same reader, same result, only earlier:
/// commits stay in receipt order.
/// </summary>
/// <param name="inner">The real text stage; disposed with this one when <paramref name="ownsInner"/>.</param>
/// <param name="onWait">Told how long each read made the pipeline wait (the bench's stage clock).</param>
public sealed class ReadAheadTextStage(TextStage inner, int maxFilesAhead, Action<double>? onWait = null, bool ownsInner = false)
    : ITextStage, IDisposable
{
    private readonly Dictionary<string, Task<FileText>> started = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly OcrEnginePool pool = inner.Reader.Pool;

    /// <summary>The real text stage (its reader's statistics cover the pages read ahead too).</summary>
    public TextStage Inner => inner;

    /// <summary>Files read ahead of the one the pipeline is on (0: no read-ahead).</summary>
    public int MaxFilesAhead { get; } = Math.Max(0, maxFilesAhead);

    /// <summary>
    /// Reads <paramref name="sourcePaths"/> ahead, in order, until the list is done or <paramref name="ct"/> is
    /// cancelled. <paramref name="position"/> tells which file the pipeline is on (its index in the list).
    /// </summary>
    public async Task Feed(IReadOnlyList<string> sourcePaths, Func<int> position, CancellationToken ct)
    {
        if (MaxFilesAhead == 0) return;
        try
        {
            for (int next = 0; next < sourcePaths.Count; next++)
            {
                // Not too far ahead (memory: a read file holds its page rasters until the pipeline takes it) …
                while (next > position() + MaxFilesAhead) await Task.Delay(20, ct);
                // … and only when an engine would otherwise wait (the files before keep both busy).
                await pool.WaitForSpareWorkerAsync(ct);
                long submitted = pool.Submitted;
                Task<FileText>? read;
                try { read = Prefetch(sourcePaths[next]); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue; // unreadable here: the pipeline reads (or quarantines) it itself
                }
                // Let this file's first page reach the pool before judging whether another file is needed (the
                // pages of the file the pipeline waits for should be queued before those of the files after it).
                while (read is { IsCompleted: false } && pool.Submitted == submitted) await Task.Delay(5, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the run stopped or ended: nothing more to read ahead
        }
    }

    /// <summary>Starts reading a corpus file now, unless the pipeline already took it; returns the read, or null.</summary>
    public Task<FileText>? Prefetch(string sourcePath)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(sourcePath)));
        lock (started)
        {
            if (taken.Contains(key) || started.ContainsKey(key)) return null;
            return started[key] = Task.Run(() => inner.ReadAsync(sourcePath, CancellationToken.None));
        }
    }

    /// <summary>One document's pages read again (a corrected type): never read ahead.</summary>
    public Task<FileText> ReadPagesAsync(string path, int firstPage, int lastPage, CancellationToken ct) =>
        inner.ReadPagesAsync(path, firstPage, lastPage, ct);

    public async Task<FileText> ReadAsync(string path, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var key = Path.GetFileNameWithoutExtension(path);
        Task<FileText>? early;
        lock (started)
        {
            taken.Add(key);
            started.Remove(key, out early);
        }
        try
        {
            return early is not null ? await early.WaitAsync(ct) : await inner.ReadAsync(path, ct);
        }
        finally
        {
            onWait?.Invoke(sw.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Waits for reads nobody asked for (a duplicate file is never read twice), ignoring their errors.</summary>
    public async Task DrainAsync()
    {
        List<Task<FileText>> left;
        lock (started)
        {
            left = started.Values.ToList();
            started.Clear();
        }
        foreach (var task in left)
        {
            try { await task; }
            catch (Exception) { /* the pipeline never asked for this read */ }
        }
    }

    public void Dispose()
    {
        if (ownsInner) inner.Dispose();
    }
}

using System.Collections.Concurrent;

namespace Intake.Text.Ocr;

/// <summary>
/// A fixed set of Tesseract workers, one per concurrent page, created lazily and reused across pages and files
/// (language data is loaded once per engine, never per page). Each worker has a text engine and, created on first
/// need, an orientation (OSD) engine. Thread-safe; share one pool per process.
/// </summary>
public sealed class OcrEnginePool : IDisposable
{
    private readonly ConcurrentBag<OcrWorker> idle = new();
    private readonly ConcurrentQueue<OcrWorker> all = new();
    private readonly SemaphoreSlim slots;
    private readonly string tessdataPath;
    private readonly string language;
    private readonly object spareGate = new();
    private TaskCompletionSource spare = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int pending;
    private long submitted;
    private bool disposed;

    public OcrEnginePool(string tessdataPath, string language, int size)
    {
        if (size < 1) throw new ArgumentOutOfRangeException(nameof(size));
        this.tessdataPath = tessdataPath;
        this.language = language;
        Size = size;
        slots = new SemaphoreSlim(size, size);
    }

    public OcrEnginePool(TextOptions options)
        : this(options.TessdataPath, options.Language, options.EffectiveParallelism) { }

    /// <summary>Maximum number of workers, hence of pages recognised at once.</summary>
    public int Size { get; }

    /// <summary>Number of workers created so far (at most <see cref="Size"/>).</summary>
    public int CreatedWorkers => all.Count;

    /// <summary>Pages handed to the pool and not finished yet: being recognised or waiting for a worker.</summary>
    public int Pending => Volatile.Read(ref pending);

    /// <summary>Pages handed to the pool since it was created.</summary>
    public long Submitted => Interlocked.Read(ref submitted);

    /// <summary>
    /// Completes when fewer pages are pending than there are workers, i.e. when a worker is idle or about to be:
    /// the moment to give the pool more work (the next file's pages) so that no engine waits.
    /// </summary>
    public Task WaitForSpareWorkerAsync(CancellationToken ct = default)
    {
        lock (spareGate)
        {
            if (Pending < Size) return Task.CompletedTask;
            return spare.Task.WaitAsync(ct);
        }
    }

    /// <summary>Runs <paramref name="work"/> on a thread-pool thread with a worker of its own.</summary>
    internal async Task<T> RunAsync<T>(Func<OcrWorker, T> work, CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        Interlocked.Increment(ref pending);
        Interlocked.Increment(ref submitted);
        try
        {
            await slots.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                return await Task.Run(() => RunWithWorker(work), ct).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }
        finally
        {
            Finished();
        }
    }

    private void Finished()
    {
        TaskCompletionSource? signal = null;
        lock (spareGate)
        {
            if (Interlocked.Decrement(ref pending) < Size)
            {
                signal = spare;
                spare = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        signal?.TrySetResult();
    }

    /// <summary>Runs <paramref name="work"/> on the calling thread with a worker of its own.</summary>
    internal T Run<T>(Func<OcrWorker, T> work, CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        slots.Wait(ct);
        try { return RunWithWorker(work); }
        finally { slots.Release(); }
    }

    private T RunWithWorker<T>(Func<OcrWorker, T> work)
    {
        if (!idle.TryTake(out var worker))
        {
            worker = new OcrWorker(tessdataPath, language);
            all.Enqueue(worker);
        }
        try { return work(worker); }
        finally { idle.Add(worker); }
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        while (all.TryDequeue(out var worker)) worker.Dispose();
        slots.Dispose();
    }
}

/// <summary>The engines one thread uses: text recognition, and orientation detection created on first need.</summary>
internal sealed class OcrWorker(string tessdataPath, string language) : IDisposable
{
    private TesseractEngine? osd;

    public TesseractEngine Text { get; } = new(tessdataPath, language);

    /// <summary>
    /// Orientation needs its own engine: measured on Debian's 5.3.0 data, DetectOrientationScript on the "fra"
    /// (LSTM-only) engine always answers 270°, while an engine initialised with "osd" in PSM 0 is right at
    /// 0/90/180/270° with confidence 8-10 on a text page.
    /// </summary>
    public TesseractEngine Osd => osd ??= new TesseractEngine(tessdataPath, "osd", TesseractEngine.PsmOsdOnly);

    public void Dispose()
    {
        Text.Dispose();
        osd?.Dispose();
    }
}

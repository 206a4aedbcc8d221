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

    /// <summary>Runs <paramref name="work"/> on a thread-pool thread with a worker of its own.</summary>
    internal async Task<T> RunAsync<T>(Func<OcrWorker, T> work, CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
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

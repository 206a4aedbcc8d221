using System.Diagnostics;
using System.Runtime.CompilerServices;
using Intake.Domain.Documents;
using Intake.Text.Images;
using Intake.Text.Ocr;
using Intake.Text.Pdf;
using Intake.Text.Reading;
using Intake.Text.Sniffing;
using UglyToad.PdfPig;

namespace Intake.Text;

/// <summary>
/// The text stage: turns a PDF, TIFF, JPEG or PNG into <see cref="FileText"/> — pages of lines of words with
/// boxes in PDF points (bottom-left origin) and confidences in [0, 1]. PDF pages use their text layer when it is
/// real, OCR otherwise; image pages are OCR'd. Unreadable files throw <see cref="UnreadableFileException"/>.
/// Thread-safe; pages are OCR'd in parallel through a shared <see cref="OcrEnginePool"/>.
/// </summary>
public sealed class FileTextReader : IDisposable
{
    private readonly bool ownsPool;

    public FileTextReader(TextOptions? options = null, OcrEnginePool? pool = null)
    {
        Options = options ?? new TextOptions();
        ownsPool = pool is null;
        Pool = pool ?? new OcrEnginePool(Options);
    }

    public TextOptions Options { get; }

    public OcrEnginePool Pool { get; }

    /// <summary>Timings of every page read by this reader (for the benchmark).</summary>
    public TextStageStats Stats { get; } = new();

    /// <summary>Validates the file (see <see cref="FileSniffer.Validate"/>) and returns its kind and page count.</summary>
    public SniffResult Validate(string path) => FileSniffer.Validate(path, Options);

    /// <summary>Number of pages (validates the file first).</summary>
    public int CountPages(string path) => Validate(path).PageCount;

    /// <summary>
    /// Reads the whole file: every page and the PDF form fields. OCR'd pages keep their raster for the later stages
    /// up to <see cref="TextOptions.MaxKeptRasterBytes"/> for the file; the rasters of the pages after that are
    /// released as soon as their page is read.
    /// </summary>
    public async Task<FileText> ReadAsync(string path, CancellationToken ct = default)
    {
        // One validation, one parse of the PDF: the forms and the pages are read from the same document.
        using var file = FileSniffer.Open(path, Options);
        var forms = ReadFormFields(file);
        var pages = new List<PageText>();
        await foreach (var page in ReadPagesAsync(path, file, ct).ConfigureAwait(false)) pages.Add(page);
        return new FileText(pages, forms);
    }

    /// <summary>
    /// Reads pages <paramref name="firstPage"/> to <paramref name="lastPage"/> (1-based, inclusive) and the form
    /// fields on them: the text of one document of the file, read again (a reviewer corrected its type).
    /// </summary>
    public async Task<FileText> ReadAsync(string path, int firstPage, int lastPage, CancellationToken ct = default)
    {
        using var file = FileSniffer.Open(path, Options);
        if (firstPage < 1 || lastPage < firstPage || lastPage > file.Sniff.PageCount)
            throw new ArgumentOutOfRangeException(nameof(lastPage), $"pages {firstPage}-{lastPage} of {file.Sniff.PageCount}");
        var forms = ReadFormFields(file).Where(f => f.Page >= firstPage && f.Page <= lastPage).ToList();
        var pages = new List<PageText>();
        await foreach (var page in Run(Jobs(path, file, firstPage, lastPage), ct).ConfigureAwait(false)) pages.Add(page);
        return new FileText(pages, forms);
    }

    /// <summary>
    /// Streams the pages in order while OCR'ing up to <see cref="OcrEnginePool.Size"/> pages at once: besides the
    /// rasters of the pages it yields (a caller that keeps the pages keeps them), it holds the rasters of at most
    /// <see cref="OcrEnginePool.Size"/> + 1 pages being decoded and recognised.
    /// </summary>
    public async IAsyncEnumerable<PageText> ReadPagesAsync(string path, [EnumeratorCancellation] CancellationToken ct = default)
    {
        using var file = FileSniffer.Open(path, Options);
        await foreach (var page in ReadPagesAsync(path, file, ct).ConfigureAwait(false))
            yield return page;
    }

    /// <summary>AcroForm fields of a PDF (empty for images and flat PDFs).</summary>
    public IReadOnlyList<FormField> ReadFormFields(string path)
    {
        if (FileSniffer.Detect(path) != FileKind.Pdf) return [];
        using var document = PdfOpener.Open(path, Options);
        return ReadFormFields(document);
    }

    /// <summary>AcroForm fields of a validated file (empty for images and flat PDFs).</summary>
    internal static IReadOnlyList<FormField> ReadFormFields(ValidatedFile file) =>
        file.Pdf is null ? [] : ReadFormFields(file.Pdf);

    private static IReadOnlyList<FormField> ReadFormFields(PdfDocument document)
    {
        try
        {
            return AcroFormReader.Read(document);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or UnreadableFileException))
        {
            return []; // a broken form dictionary must not make the pages unreadable
        }
    }

    private IAsyncEnumerable<PageText> ReadPagesAsync(string path, ValidatedFile file, CancellationToken ct) =>
        Run(Jobs(path, file, 1, file.Sniff.PageCount), ct);

    private IEnumerable<PageJob> Jobs(string path, ValidatedFile file, int firstPage, int lastPage) =>
        file.Pdf is { } document
            ? PdfPageSource.Enumerate(path, document, Options, firstPage, lastPage)
            : ImagePageSource.Enumerate(file.ImageBytes!, file.Sniff.Kind, firstPage, lastPage, Options);

    /// <summary>
    /// Runs the jobs with a bounded window of pages in flight and yields them in page order. The rasters kept
    /// for extraction count against <see cref="TextOptions.MaxKeptRasterBytes"/>, in page order: past the
    /// ceiling, pages keep their text but not their raster (the same pages whatever the timing).
    /// </summary>
    private async IAsyncEnumerable<PageText> Run(IEnumerable<PageJob> jobs, [EnumeratorCancellation] CancellationToken ct)
    {
        var window = new Queue<Task<PageText>>();
        long kept = 0;
        PageText Budget(PageText page)
        {
            if (page.Image is not { } image) return page;
            if (kept + image.Pixels.LongLength > Options.MaxKeptRasterBytes) return page with { Image = null };
            kept += image.Pixels.LongLength;
            return page;
        }
        try
        {
            foreach (var job in jobs)
            {
                ct.ThrowIfCancellationRequested();
                window.Enqueue(Start(job, ct));
                while (window.Count > Pool.Size) yield return Budget(await window.Dequeue().ConfigureAwait(false));
            }
            while (window.Count > 0) yield return Budget(await window.Dequeue().ConfigureAwait(false));
        }
        finally
        {
            // Early exit (consumer stopped, error): let in-flight pages finish before the PDF is closed.
            foreach (var pending in window)
            {
                try { await pending.ConfigureAwait(false); }
                catch (Exception) { /* already failing or abandoned */ }
            }
        }
    }

    private Task<PageText> Start(PageJob job, CancellationToken ct)
    {
        switch (job)
        {
            case ReadyPageJob ready:
                Stats.Add(ready.Timing);
                return Task.FromResult(ready.Page);
            case OcrPageJob ocr:
                return Pool.RunAsync(worker => Recognize(worker, ocr, ct), ct);
            default:
                throw new InvalidOperationException(job.GetType().Name);
        }
    }

    private PageText Recognize(OcrWorker worker, OcrPageJob job, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var raster = job.LoadRaster(ct);
        using var decoded = raster.Pix;
        var sw = Stopwatch.StartNew();
        var reduced = RasterReduction.ForOcr(decoded, raster.Resolution, Options.MaxOcrDpi);
        using var pix = reduced?.Pix ?? decoded;
        var resolution = reduced?.Resolution ?? raster.Resolution;
        // Into the image itself too: Tesseract's orientation detection reads the resolution from the image, not from
        // SetSourceResolution ("Warning. Invalid resolution 0 dpi. Using 70 instead." for PDF page images, which
        // carry none, and its line and picture finding then tuned for 70 dpi).
        pix.SetResolution((int)Math.Round(resolution.DpiX), (int)Math.Round(resolution.DpiY));
        double reduceMs = sw.Elapsed.TotalMilliseconds;
        var result = PageRecognizer.Recognize(worker, pix, resolution.DpiX, resolution.DpiY, raster.Placement, job.Number, Options, job.ExtraWords);
        Stats.Add(new PageTiming(job.Number, TextSource.Ocr, job.TextLayerMs, raster.RenderMs, raster.DecodeMs + reduceMs,
            result.OrientationMs, result.OcrMs, result.OcrPasses)
        {
            OrientationChecks = result.OrientationChecks,
            RotationDegrees = result.Page.RotationDegrees,
            Resolution = resolution.Source,
            OcrPixels = (long)pix.Width * pix.Height,
        });
        return result.Page;
    }

    public void Dispose()
    {
        if (ownsPool) Pool.Dispose();
    }
}

namespace Intake.Text;

/// <summary>Settings of the text stage. Defaults suit Debian 12 with tesseract-ocr-fra.</summary>
public sealed record TextOptions
{
    /// <summary>Debian's tessdata folder, or $TESSDATA_PREFIX when set.</summary>
    public static string DefaultTessdataPath =>
        Environment.GetEnvironmentVariable("TESSDATA_PREFIX") is { Length: > 0 } prefix
            ? prefix
            : "/usr/share/tesseract-ocr/5/tessdata";

    public string TessdataPath { get; init; } = DefaultTessdataPath;

    /// <summary>Tesseract language(s), e.g. "fra" or "fra+eng".</summary>
    public string Language { get; init; } = "fra";

    /// <summary>How many pages are OCR'd at once (one Tesseract engine each).</summary>
    public int DegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Files with more pages are refused (code too_many_pages).</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>Images wider or taller than this (in pixels) are refused before decoding (code image_too_large).</summary>
    public int MaxImageSide { get; init; } = 12_000;

    /// <summary>Images with more pixels than this are refused before decoding (code image_too_large).</summary>
    public long MaxImagePixels { get; init; } = 150_000_000;

    /// <summary>
    /// A PDF page with a page-sized image needs at least this many plausible words in its text layer to skip OCR
    /// (a scan carrying only a date stamp or a garbage layer is OCR'd).
    /// </summary>
    public int MinTextLayerWords { get; init; } = 12;

    /// <summary>Detect and correct pages scanned upside down or sideways.</summary>
    public bool CorrectOrientation { get; init; } = true;

    /// <summary>Do not OCR pages without any mark of writing (<see cref="Images.BlankScan"/>).</summary>
    public bool SkipBlankPages { get; init; } = true;

    /// <summary>
    /// OCR mean confidence under which a page's orientation is checked (OSD, then a turned re-reading). A page read
    /// turned reads as debris: every page kept turned in `intake eval` runs on sample-docs, dev-foreign and a fresh
    /// seed had a first reading at 0.32–0.42, every upright page checked at 0.51 or more (forms, whose many short
    /// words and boxes lower the mean). Pages whose words run vertically are checked whatever their confidence.
    /// </summary>
    public double OrientationRetryConfidence { get; init; } = 0.5;

    /// <summary>
    /// OCR a copy of the page without its ruling lines, frames and comb separators (<see cref="Images.FormLines"/>);
    /// the page's image stays the original.
    /// </summary>
    public bool RemoveFormLines { get; init; } = true;

    /// <summary>Resolution used when a PDF page must be rasterised with pdftoppm.</summary>
    public int RenderDpi { get; init; } = 300;

    /// <summary>
    /// A page so large that even this resolution would exceed <see cref="MaxImagePixels"/> is refused (code
    /// page_too_large) before pdftoppm runs; between this and <see cref="RenderDpi"/> the resolution is lowered.
    /// </summary>
    public int MinRenderDpi { get; init; } = 100;

    /// <summary>
    /// Largest decompressed size of one PDF stream that is not an image (page contents, fonts, forms): above it
    /// the file is refused (code stream_too_large) before the stream is held in memory. Image streams are
    /// bounded by their declared size (<see cref="MaxImagePixels"/>).
    /// </summary>
    public long MaxDecodedStreamBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Resolution given to an image file whose header declares none believable and whose writing is too scarce to
    /// estimate one from (<see cref="Images.PageResolution"/>).
    /// </summary>
    public int AssumedImageDpi { get; init; } = 300;

    /// <summary>
    /// Page rasters above this resolution are scaled down (in grey) before OCR (<see cref="Images.RasterReduction"/>):
    /// Tesseract reads printed text best from about 300 dpi, and more pixels only cost time and memory.
    /// </summary>
    public int MaxOcrDpi { get; init; } = 300;

    /// <summary>Keep the page raster (<see cref="Domain.Documents.PageText.Image"/>) of OCR'd pages.</summary>
    public bool KeepPageImages { get; init; } = true;

    /// <summary>
    /// The most raster bytes one file keeps for the later stages (the checkbox and signature readers, the blank-page
    /// test): 384 MiB is 44 A4 pages in grey at 300 dpi, 100 at 200 dpi, three times the longest file of the sample
    /// and reference corpora. The rasters of the pages read after that are released at once: those pages keep their
    /// words and boxes, and the checkbox reader falls back on the glyphs it reads, so a long scanned file cannot hold
    /// gigabytes (≈ 8.7 MB a page) until its analysis is done.
    /// </summary>
    public long MaxKeptRasterBytes { get; init; } = 384L * 1024 * 1024;

    public string PdftoppmPath { get; init; } = "pdftoppm";

    internal int EffectiveParallelism => Math.Max(1, DegreeOfParallelism);
}

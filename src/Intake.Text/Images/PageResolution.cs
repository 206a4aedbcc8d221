using Intake.Text.Ocr;
using Intake.Text.Sniffing;

namespace Intake.Text.Images;

/// <summary>Where the resolution of a page raster comes from.</summary>
public enum ResolutionSource
{
    /// <summary>A PDF page image: its pixel size against the size it is drawn at on the page.</summary>
    PdfPlacement,

    /// <summary>A PDF page rendered by pdftoppm at a resolution Intake chose.</summary>
    Rendered,

    /// <summary>The image file's header (TIFF tags, PNG pHYs, JPEG JFIF or EXIF), believable for a sheet of paper.</summary>
    Header,

    /// <summary>Guessed from the height of the writing in the image (a photo, or a file without a believable header).</summary>
    Estimated,

    /// <summary>Guessed without anything to go by (no believable header, too little writing to measure).</summary>
    Assumed,
}

/// <summary>A page raster's resolution in dots per inch across and down, and where it comes from.</summary>
public readonly record struct PageResolution(double DpiX, double DpiY, ResolutionSource Source)
{
    /// <summary>Resolutions outside this range are not believed (cameras write 72 dpi, some tools 1 or 0).</summary>
    public const double MinDpi = 60, MaxDpi = 1200;

    /// <summary>
    /// The longest and shortest side, in inches, a page image may have at the resolution its header gives: beyond A3
    /// (16.5 in) or under an inch, the header describes a screen or a camera, not paper.
    /// </summary>
    public const double MaxSideInches = 17.5, MinSideInches = 1.0;

    /// <summary>Whether the resolution is a guess (estimated or assumed) rather than read from the file.</summary>
    public bool Guessed => Source is ResolutionSource.Estimated or ResolutionSource.Assumed;

    /// <summary>
    /// Whether a header's resolution is believable for an image of this size: each axis between
    /// <see cref="MinDpi"/> and <see cref="MaxDpi"/>, and the sheet it describes between
    /// <see cref="MinSideInches"/> and <see cref="MaxSideInches"/> (a 4,000-pixel phone photo tagged 72 dpi is not a
    /// 55-inch page).
    /// </summary>
    public static bool Believable(HeaderResolution r, long width, long height)
    {
        if (r.X is < MinDpi or > MaxDpi || r.Y is < MinDpi or > MaxDpi) return false;
        double w = width / r.X, h = height / r.Y;
        return Math.Max(w, h) <= MaxSideInches && Math.Min(w, h) >= MinSideInches;
    }

    /// <summary>
    /// The resolution page <paramref name="pageIndex"/> of an image file declares, when believable for its full size
    /// (<paramref name="width"/> × <paramref name="height"/> pixels); null otherwise.
    /// </summary>
    public static PageResolution? FromHeader(ReadOnlySpan<byte> data, FileKind kind, int pageIndex, long width, long height) =>
        ResolutionHeaderReader.Read(data, kind, pageIndex) is { } h && Believable(h, width, height)
            ? new PageResolution(h.X, h.Y, ResolutionSource.Header)
            : null;

    /// <summary>
    /// The resolution of an image with no believable header: from the size of the document in the picture when it is
    /// a photo of a card or a sheet on a darker background (<see cref="PhotographedObject"/>), else from the height of
    /// its writing (<see cref="ResolutionEstimator"/>), else <paramref name="assumedDpi"/>.
    /// </summary>
    internal static PageResolution Guess(Pix pix, double assumedDpi) =>
        (PhotographedObject.EstimateDpi(pix) ?? ResolutionEstimator.Estimate(pix)) is { } estimated
            ? new PageResolution(estimated, estimated, ResolutionSource.Estimated)
            : new PageResolution(assumedDpi, assumedDpi, ResolutionSource.Assumed);

    /// <summary>
    /// The resolution Intake reads each page of an image file (TIFF, JPEG, PNG) at, as the text stage decides it
    /// (for tools that must be given the same: the benchmark's references). Throws
    /// <see cref="UnreadableFileException"/> for a file the text stage refuses.
    /// </summary>
    public static IReadOnlyList<PageResolution> OfImageFile(string path, TextOptions? options = null)
    {
        options ??= new TextOptions();
        using var file = FileSniffer.Open(path, options);
        if (file.ImageBytes is not { } data) throw new ArgumentException("not an image file", nameof(path));
        var resolutions = new List<PageResolution>(file.Sniff.PageCount);
        var kind = file.Sniff.Kind;
        var sizes = ImageHeaderReader.ReadSizes(data, kind, options.MaxPages);
        for (int i = 0; i < file.Sniff.PageCount; i++)
        {
            if (FromHeader(data, kind, i, sizes[i].Width, sizes[i].Height) is { } header)
            {
                resolutions.Add(header);
                continue;
            }
            var raster = ImagePageSource.Load(data, kind, i, options); // no believable header: decoded in full, then guessed
            raster.Pix.Dispose();
            resolutions.Add(raster.Resolution);
        }
        return resolutions;
    }

    /// <summary>The same resolution for the image scaled by the given factors.</summary>
    public PageResolution Scaled(double scaleX, double scaleY) => this with { DpiX = DpiX * scaleX, DpiY = DpiY * scaleY };
}

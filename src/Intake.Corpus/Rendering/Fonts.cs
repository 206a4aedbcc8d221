using System.Collections.Concurrent;
using SkiaSharp;

namespace Intake.Corpus.Rendering;

/// <summary>
/// The faces used to draw pages: DejaVu (fonts-dejavu-core and -extra) and Liberation, metric-compatible with the
/// Arial / Times New Roman / Courier New of office mail (fonts-liberation2).
/// </summary>
public enum FontKind
{
    Sans, SansBold, Serif, SerifBold, Mono, Hand,
    CondensedSans, CondensedSansBold, CondensedSerif, CondensedSerifBold,
    ArialLike, ArialLikeBold, TimesLike, TimesLikeBold, CourierLike, CourierLikeBold,
}

/// <summary>Loads each TrueType file on first use; measures text so that rasters and PDFs share one layout.</summary>
public static class Fonts
{
    public const string Folder = "/usr/share/fonts/truetype/dejavu/";
    public const string LiberationFolder = "/usr/share/fonts/truetype/liberation2/";

    private static readonly Dictionary<FontKind, string> Files = new()
    {
        [FontKind.Sans] = Folder + "DejaVuSans.ttf",
        [FontKind.SansBold] = Folder + "DejaVuSans-Bold.ttf",
        [FontKind.Serif] = Folder + "DejaVuSerif.ttf",
        [FontKind.SerifBold] = Folder + "DejaVuSerif-Bold.ttf",
        // DejaVu Sans Mono cannot be subset by PdfPig's writer (it throws): Liberation Mono has the same advance.
        [FontKind.Mono] = LiberationFolder + "LiberationMono-Regular.ttf",
        [FontKind.Hand] = Folder + "DejaVuSansCondensed.ttf",
        [FontKind.CondensedSans] = Folder + "DejaVuSansCondensed.ttf",
        [FontKind.CondensedSansBold] = Folder + "DejaVuSansCondensed-Bold.ttf",
        [FontKind.CondensedSerif] = Folder + "DejaVuSerifCondensed.ttf",
        [FontKind.CondensedSerifBold] = Folder + "DejaVuSerifCondensed-Bold.ttf",
        [FontKind.ArialLike] = LiberationFolder + "LiberationSans-Regular.ttf",
        [FontKind.ArialLikeBold] = LiberationFolder + "LiberationSans-Bold.ttf",
        [FontKind.TimesLike] = LiberationFolder + "LiberationSerif-Regular.ttf",
        [FontKind.TimesLikeBold] = LiberationFolder + "LiberationSerif-Bold.ttf",
        [FontKind.CourierLike] = LiberationFolder + "LiberationMono-Regular.ttf",
        [FontKind.CourierLikeBold] = LiberationFolder + "LiberationMono-Bold.ttf",
    };

    private static readonly ConcurrentDictionary<FontKind, byte[]> Bytes = new();
    private static readonly ConcurrentDictionary<FontKind, SKTypeface> Faces = new();
    private static readonly object Gate = new();

    public static byte[] FileBytes(FontKind kind) => Bytes.GetOrAdd(kind, k =>
    {
        var path = Files[k];
        if (!File.Exists(path))
            throw new FileNotFoundException($"font {path} is missing: install fonts-dejavu-core, fonts-dejavu-extra and fonts-liberation2", path);
        return File.ReadAllBytes(path);
    });

    public static SKTypeface Face(FontKind kind) => Faces.GetOrAdd(kind, k => SKTypeface.FromData(SKData.CreateCopy(FileBytes(k))));

    public static bool IsBold(FontKind kind) => kind is FontKind.SansBold or FontKind.SerifBold or FontKind.CondensedSansBold
        or FontKind.CondensedSerifBold or FontKind.ArialLikeBold or FontKind.TimesLikeBold or FontKind.CourierLikeBold;

    private static readonly Dictionary<(FontKind, float), SKFont> Sized = new();

    /// <summary>Width in points of the text at the given size (points).</summary>
    public static double Measure(string text, FontKind kind, double size)
    {
        var face = Face(kind);
        lock (Gate)
        {
            // One font object per face and size, kept: measuring is the hot path of layout and pagination.
            if (!Sized.TryGetValue((kind, (float)size), out var font))
            {
                if (Sized.Count > 4096) { foreach (var f in Sized.Values) f.Dispose(); Sized.Clear(); }
                // Linear metrics: advances are not rounded to whole points at small sizes.
                Sized[(kind, (float)size)] = font = new SKFont(face, (float)size) { LinearMetrics = true, Subpixel = true };
            }
            return font.MeasureText(text);
        }
    }
}

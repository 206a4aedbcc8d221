using SkiaSharp;

namespace Intake.Corpus.Rendering;

/// <summary>The DejaVu faces used to draw pages (fonts-dejavu-core).</summary>
public enum FontKind { Sans, SansBold, Serif, SerifBold, Mono, Hand }

/// <summary>Loads the DejaVu TrueType files once; measures text so that rasters and PDFs share one layout.</summary>
public static class Fonts
{
    public const string Folder = "/usr/share/fonts/truetype/dejavu/";

    private static readonly Dictionary<FontKind, string> Files = new()
    {
        [FontKind.Sans] = "DejaVuSans.ttf",
        [FontKind.SansBold] = "DejaVuSans-Bold.ttf",
        [FontKind.Serif] = "DejaVuSerif.ttf",
        [FontKind.SerifBold] = "DejaVuSerif-Bold.ttf",
        [FontKind.Mono] = "DejaVuSansMono.ttf",
        [FontKind.Hand] = "DejaVuSansCondensed.ttf",
    };

    private static readonly Lazy<Dictionary<FontKind, byte[]>> Bytes = new(() =>
        Files.ToDictionary(kv => kv.Key, kv => File.ReadAllBytes(Path.Combine(Folder, kv.Value))));

    private static readonly Lazy<Dictionary<FontKind, SKTypeface>> Faces = new(() =>
        Bytes.Value.ToDictionary(kv => kv.Key, kv => SKTypeface.FromData(SKData.CreateCopy(kv.Value))));

    private static readonly object Gate = new();

    public static byte[] FileBytes(FontKind kind) => Bytes.Value[kind];

    public static SKTypeface Face(FontKind kind) => Faces.Value[kind];

    /// <summary>Width in points of the text at the given size (points).</summary>
    public static double Measure(string text, FontKind kind, double size)
    {
        lock (Gate)
        {
            using var font = new SKFont(Face(kind), (float)size);
            return font.MeasureText(text);
        }
    }
}

using System.Diagnostics;
using Intake.Text.Layout;
using Intake.Text.Ocr;
using Intake.Text.Reading;
using Intake.Text.Sniffing;

namespace Intake.Text.Images;

/// <summary>Pages of an image file (JPEG, PNG, each page of a TIFF), all to OCR.</summary>
internal static class ImagePageSource
{
    /// <summary>Resolutions outside this range are treated as missing (cameras write 72 dpi, some tools 1).</summary>
    private const int MinSaneDpi = 100, MaxSaneDpi = 1200;

    /// <summary>Jobs for pages <paramref name="firstPage"/> to <paramref name="lastPage"/> (1-based, inclusive).</summary>
    public static IEnumerable<PageJob> Enumerate(byte[] data, FileKind kind, int firstPage, int lastPage, TextOptions options)
    {
        for (int i = firstPage - 1; i < lastPage; i++)
        {
            int index = i;
            yield return new OcrPageJob(index + 1, _ => Load(data, kind, index, options), 0, []);
        }
    }

    /// <summary>Decodes one page (0-based) at 8-bit grey depth or less, with its resolution and page size.</summary>
    internal static LoadedRaster Load(byte[] data, FileKind kind, int index, TextOptions options)
    {
        var sw = Stopwatch.StartNew();
        var pix = (kind == FileKind.Tiff ? Pix.TryDecodeTiffPage(data, index) : Pix.TryDecode(data))
                  ?? throw Unreadable.CorruptImage(kind == FileKind.Tiff ? $"page {index + 1} du TIFF" : "décodage impossible");
        var (dpiX, dpiY) = Resolution(pix.XRes, pix.YRes, options);
        var placement = PagePlacement.FullPage(pix.Width * 72.0 / dpiX, pix.Height * 72.0 / dpiY);
        return new LoadedRaster(pix, dpiX, dpiY, placement, 0, sw.Elapsed.TotalMilliseconds);
    }

    internal static (double X, double Y) Resolution(int xres, int yres, TextOptions options)
    {
        bool sane = xres is >= MinSaneDpi and <= MaxSaneDpi;
        if (!sane) return (options.AssumedImageDpi, options.AssumedImageDpi);
        return (xres, yres is >= MinSaneDpi and <= MaxSaneDpi ? yres : xres);
    }

}

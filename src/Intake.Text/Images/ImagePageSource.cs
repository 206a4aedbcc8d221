using System.Diagnostics;
using Intake.Text.Layout;
using Intake.Text.Ocr;
using Intake.Text.Reading;
using Intake.Text.Sniffing;

namespace Intake.Text.Images;

/// <summary>Pages of an image file (JPEG, PNG, each page of a TIFF), all to OCR.</summary>
internal static class ImagePageSource
{
    /// <summary>Jobs for pages <paramref name="firstPage"/> to <paramref name="lastPage"/> (1-based, inclusive).</summary>
    public static IEnumerable<PageJob> Enumerate(byte[] data, FileKind kind, int firstPage, int lastPage, TextOptions options)
    {
        for (int i = firstPage - 1; i < lastPage; i++)
        {
            int index = i;
            yield return new OcrPageJob(index + 1, _ => Load(data, kind, index, options), 0, []);
        }
    }

    /// <summary>
    /// Decodes one page (0-based) for OCR, with its resolution (<see cref="PageResolution"/>: the header when
    /// believable, else a guess) and page size. A JPEG is decoded as grey (luminance only: Tesseract reads grey) and,
    /// when its resolution is at least twice <see cref="TextOptions.MaxOcrDpi"/>, scaled down inside the decoder.
    /// </summary>
    internal static LoadedRaster Load(byte[] data, FileKind kind, int index, TextOptions options)
    {
        var sw = Stopwatch.StartNew();
        var sizes = ImageHeaderReader.ReadSizes(data, kind, index + 1);
        var size = sizes.Count > index ? sizes[index] : throw Unreadable.CorruptImage($"page {index + 1} du TIFF");
        var header = PageResolution.FromHeader(data, kind, index, size.Width, size.Height);
        int reduction = kind == FileKind.Jpeg && header is { } h ? RasterReduction.JpegReduction(Math.Min(h.DpiX, h.DpiY), options.MaxOcrDpi) : 1;
        var pix = Decode(data, kind, index, reduction, luminanceOnly: true);
        var resolution = header?.Scaled((double)pix.Width / size.Width, (double)pix.Height / size.Height)
                         ?? PageResolution.Guess(pix, options.AssumedImageDpi);
        var placement = PagePlacement.FullPage(pix.Width * 72.0 / resolution.DpiX, pix.Height * 72.0 / resolution.DpiY);
        return new LoadedRaster(pix, resolution, placement, 0, sw.Elapsed.TotalMilliseconds);
    }

    /// <summary>Decodes one page (0-based) as it is stored (colour kept), for display.</summary>
    internal static Pix Decode(byte[] data, FileKind kind, int index) => Decode(data, kind, index, 1, luminanceOnly: false);

    private static Pix Decode(byte[] data, FileKind kind, int index, int reduction, bool luminanceOnly)
    {
        var pix = kind switch
        {
            FileKind.Tiff => Pix.TryDecodeTiffPage(data, index),
            FileKind.Jpeg => Pix.TryDecodeJpeg(data, reduction, luminanceOnly),
            _ => Pix.TryDecode(data),
        };
        return pix ?? throw Unreadable.CorruptImage(kind == FileKind.Tiff ? $"page {index + 1} du TIFF" : "décodage impossible");
    }
}

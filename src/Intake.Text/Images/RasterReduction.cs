using Intake.Text.Ocr;

namespace Intake.Text.Images;

/// <summary>
/// Reduces a decoded page to what Tesseract uses before it is handed over: 8-bit grey, square pixels, at most
/// <see cref="TextOptions.MaxOcrDpi"/>. Tesseract binarises every page and its LSTM reads each text line scaled to a
/// fixed height, so colour and resolution beyond 300 dpi only cost time (layout analysis and thresholding run on
/// every pixel it is given) and memory (the page raster kept for the later stages).
/// </summary>
internal static class RasterReduction
{
    /// <summary>A page is scaled down only when that removes at least this share of each side (no resampling for 310 dpi).</summary>
    private const double MinShrink = 0.9;

    /// <summary>Pixels are made square when their width and height differ by more than this share (a fax at 204 × 98 dpi).</summary>
    private const double SquareTolerance = 0.02;

    /// <summary>
    /// The page as Tesseract should get it, or null when <paramref name="pix"/> already is (grey or bilevel at or
    /// under the limit, square pixels: then it is used as it is, PageRecognizer making its grey copy).
    /// </summary>
    public static (Pix Pix, PageResolution Resolution)? ForOcr(Pix pix, PageResolution resolution, int maxDpi)
    {
        var (sx, sy) = Scales(resolution.DpiX, resolution.DpiY, maxDpi);
        if (sx == 1 && sy == 1) return null;
        using var gray = pix.ToGray8();
        return (gray.ScaleGray(sx, sy), resolution.Scaled(sx, sy));
    }

    /// <summary>
    /// Scale factors that bring a raster to square pixels at the larger of its two resolutions, capped at
    /// <paramref name="maxDpi"/>; (1, 1) when nothing needs doing.
    /// </summary>
    internal static (double X, double Y) Scales(double dpiX, double dpiY, int maxDpi)
    {
        if (dpiX <= 0 || dpiY <= 0) return (1, 1);
        bool square = Math.Abs(dpiX / dpiY - 1) <= SquareTolerance;
        double target = square ? Math.Min(dpiX, dpiY) : Math.Max(dpiX, dpiY);
        if (target > maxDpi && target * MinShrink > maxDpi) target = maxDpi;
        else if (square) return (1, 1);
        return (target / dpiX, target / dpiY);
    }

    /// <summary>
    /// The DCT scaling (1, 2, 4 or 8) a JPEG at <paramref name="dpi"/> can be decoded with and still be at least
    /// <paramref name="maxDpi"/>: 600 dpi is decoded at 300, 400 dpi in full (then scaled by <see cref="ForOcr"/>).
    /// </summary>
    public static int JpegReduction(double dpi, int maxDpi)
    {
        int reduction = 1;
        while (reduction < 8 && dpi / (reduction * 2) >= maxDpi) reduction *= 2;
        return reduction;
    }
}

using Intake.Text.Ocr;

namespace Intake.Text.Images;

/// <summary>
/// Estimates the resolution of a picture of writing that does not declare a believable one (a phone photo of a
/// letter or an ID card, a scan saved without its resolution): the typical height of its letters in pixels against
/// the typical height of printed letters in inches. The background is flattened first (a photo's light is
/// uneven), the ink thresholded, and the letter-sized connected components measured; their median height is close
/// to the x-height of the body text, which varies far less between documents than the size of the sheet does.
/// Null when the picture holds too few letter-like marks to measure (a photograph, a blank page).
/// </summary>
internal static class ResolutionEstimator
{
    /// <summary>
    /// Median height of a letter-sized mark of printed text, in inches: calibrated on scans of known resolution
    /// from the project's own generator and pages rendered from it at 120-400 dpi (letters, forms, reports).
    /// </summary>
    internal const double MedianGlyphInches = 0.082;

    /// <summary>Fewer letter-like marks than this and the picture is not measured.</summary>
    internal const int MinGlyphs = 40;

    /// <summary>Estimates outside this range are not trusted (the picture is then given the assumed resolution).</summary>
    internal const double MinEstimate = 70, MaxEstimate = 900;

    /// <summary>Grey level (after background flattening to 200) under which a pixel is ink.</summary>
    private const int InkThreshold = 140;

    public static double? Estimate(Pix pix)
    {
        var height = MedianGlyphHeight(pix);
        if (height is not { } h) return null;
        double dpi = h / MedianGlyphInches;
        return dpi is >= MinEstimate and <= MaxEstimate ? Math.Round(dpi) : null;
    }

    /// <summary>Median height in pixels of the marks shaped like letters, or null when there are too few.</summary>
    internal static double? MedianGlyphHeight(Pix pix)
    {
        var heights = GlyphHeights(pix);
        if (heights is null || heights.Count < MinGlyphs) return null;
        return heights[heights.Count / 2];
    }

    /// <summary>Heights in pixels, sorted, of the marks shaped like letters (null when the picture cannot be measured).</summary>
    internal static List<int>? GlyphHeights(Pix pix)
    {
        if (pix.Width < 64 || pix.Height < 64) return null;
        List<(int Width, int Height)> sizes;
        if (pix.Depth == 1)
        {
            sizes = pix.ComponentSizes();
        }
        else
        {
            try
            {
                using var gray = pix.ToGray8(); // also drops a colour map
                using var flat = gray.NormalizeBackground();
                using var ink = flat.Threshold(InkThreshold);
                sizes = ink.ComponentSizes();
            }
            catch (InvalidOperationException)
            {
                return null; // Leptonica refused the picture (too small or too uniform to flatten)
            }
        }
        int maxHeight = Math.Max(8, Math.Min(pix.Width, pix.Height) / 12);
        var heights = sizes
            .Where(s => s.Height >= 4 && s.Height <= maxHeight && s.Width <= 3 * s.Height && s.Height <= 8 * s.Width)
            .Select(s => s.Height)
            .Order()
            .ToList();
        return heights;
    }
}

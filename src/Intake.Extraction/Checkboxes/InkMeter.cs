using Intake.Domain.Documents;

namespace Intake.Extraction.Checkboxes;

/// <summary>Measures ink (dark pixels) in regions of a page raster given in PDF points.</summary>
public static class InkMeter
{
    public const byte DarkThreshold = 128;

    /// <summary>Share of dark pixels in the box (0 when outside the image or no image).</summary>
    public static double DarkRatio(PageText page, BBox box)
    {
        var img = page.Image is null ? null : Polarity.InkDark(page.Image);
        if (img is null) return 0;
        var (x0, y0, x1, y1) = img.ToPixels(box, page.Height);
        long total = (long)(x1 - x0) * (y1 - y0);
        if (total <= 0) return 0;
        long dark = 0;
        for (int y = y0; y < y1; y++)
            for (int x = x0; x < x1; x++)
                if (img[x, y] < DarkThreshold) dark++;
        return (double)dark / total;
    }

    /// <summary>
    /// Share of the box's pixels that are dark and outside the <paramref name="exclude"/> boxes (printed words):
    /// the ink of a mark drawn there, on the same scale as <see cref="DarkRatio"/>.
    /// </summary>
    public static double DarkRatioOutside(PageText page, BBox box, IEnumerable<BBox> exclude)
    {
        if (Window(page, box, exclude) is not var (img, x0, y0, w, h, mask)) return 0;
        long dark = 0;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                if (!mask[y * w + x] && img[x0 + x, y0 + y] < DarkThreshold) dark++;
        return (double)dark / ((long)w * h);
    }

    /// <summary>
    /// Share of dark pixels in the box once rows and columns that are almost entirely dark (printed frame
    /// lines) are ignored, and areas covered by <paramref name="exclude"/> boxes (printed words) are skipped.
    /// </summary>
    public static double FreeInkRatio(PageText page, BBox box, IEnumerable<BBox> exclude)
    {
        if (Window(page, box, exclude) is not var (img, x0, y0, w, h, mask)) return 0;
        var rowDark = new int[h];
        var colDark = new int[w];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                if (img[x0 + x, y0 + y] < DarkThreshold) { rowDark[y]++; colDark[x]++; }
        long dark = 0, total = 0;
        for (int y = 0; y < h; y++)
        {
            if (rowDark[y] > w * 0.6) continue;
            for (int x = 0; x < w; x++)
            {
                if (colDark[x] > h * 0.6 || mask[y * w + x]) continue;
                total++;
                if (img[x0 + x, y0 + y] < DarkThreshold) dark++;
            }
        }
        return total == 0 ? 0 : (double)dark / total;
    }

    /// <summary>
    /// The box on the page image (ink dark), in pixels, with the mask of its pixels covered by any of the
    /// <paramref name="exclude"/> boxes; null without an image or for an empty box.
    /// </summary>
    private static (GrayImage Img, int X0, int Y0, int W, int H, bool[] Mask)? Window(PageText page, BBox box, IEnumerable<BBox> exclude)
    {
        if (page.Image is null) return null;
        var img = Polarity.InkDark(page.Image);
        var (x0, y0, x1, y1) = img.ToPixels(box, page.Height);
        int w = x1 - x0, h = y1 - y0;
        if (w <= 0 || h <= 0) return null;
        var mask = new bool[w * h];
        foreach (var e in exclude)
        {
            var (ex0, ey0, ex1, ey1) = img.ToPixels(e, page.Height);
            for (int y = Math.Max(ey0, y0); y < Math.Min(ey1, y1); y++)
                for (int x = Math.Max(ex0, x0); x < Math.Min(ex1, x1); x++)
                    mask[(y - y0) * w + (x - x0)] = true;
        }
        return (img, x0, y0, w, h, mask);
    }
}

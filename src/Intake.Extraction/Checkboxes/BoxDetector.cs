using System.Runtime.CompilerServices;
using Intake.Domain.Documents;

namespace Intake.Extraction.Checkboxes;

/// <summary>A square box printed on a page raster, in PDF points, and the share of ink inside its frame.</summary>
public sealed record DetectedBox(BBox Box, double Ink)
{
    /// <summary>Interior ink above which the box is considered marked (cross, tick, filled square).</summary>
    public const double MarkedInk = 0.10;

    public bool Marked => Ink >= MarkedInk;
}

/// <summary>
/// Finds checkbox frames on a page raster by their shape, whatever the OCR made of them ("[]", "CI", "M"):
/// a connected ink component of checkbox size whose outline holds two long horizontal and two long vertical
/// strokes (a letter "O", "D" or "H" does not). The ink inside the frame tells whether the box is marked.
/// </summary>
public static class BoxDetector
{
    public const byte Dark = 140;
    /// <summary>Smallest and largest side of a checkbox, in points.</summary>
    public const double MinSide = 4.5, MaxSide = 22;

    private static readonly ConditionalWeakTable<GrayImage, IReadOnlyList<DetectedBox>> Cache = new();

    /// <summary>The boxes of the page (computed once per raster); empty without a raster.</summary>
    public static IReadOnlyList<DetectedBox> On(PageText page) =>
        page.Image is null ? [] : Cache.GetValue(page.Image, img => Detect(img, page.Height));

    public static IReadOnlyList<DetectedBox> Detect(GrayImage img, double pageHeight)
    {
        int w = img.Width, h = img.Height;
        double pxX = img.DpiX / 72, pxY = img.DpiY / 72;
        int minW = (int)(MinSide * pxX), maxW = (int)Math.Ceiling(MaxSide * pxX * 1.4);
        int minH = (int)(MinSide * pxY), maxH = (int)Math.Ceiling(MaxSide * pxY * 1.4);
        var seen = new bool[w * h];
        var stack = new Stack<int>();
        var pixels = new List<int>();
        var found = new List<DetectedBox>();
        for (int start = 0; start < w * h; start++)
        {
            if (seen[start] || img.Pixels[start] >= Dark) continue;
            pixels.Clear();
            int x0 = int.MaxValue, y0 = int.MaxValue, x1 = -1, y1 = -1;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int p = stack.Pop();
                pixels.Add(p);
                int px = p % w, py = p / w;
                if (px < x0) x0 = px; if (px > x1) x1 = px;
                if (py < y0) y0 = py; if (py > y1) y1 = py;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int nx = px + dx, ny = py + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                        int q = ny * w + nx;
                        if (seen[q] || img.Pixels[q] >= Dark) continue;
                        seen[q] = true;
                        stack.Push(q);
                    }
            }
            int cw = x1 - x0 + 1, ch = y1 - y0 + 1;
            if (cw < minW || ch < minH || cw > maxW || ch > maxH) continue;
            var frame = FindFrame(pixels, w, x0, y0, cw, ch);
            if (frame is not { } f) continue;
            int fw = f.X1 - f.X0 + 1, fh = f.Y1 - f.Y0 + 1;
            if (fw < minW || fh < minH || fw > MaxSide * pxX || fh > MaxSide * pxY) continue;
            double aspect = (double)fw / fh;
            if (aspect < 0.7 || aspect > 1.45) continue;
            double ink = InteriorInk(img, f.X0, f.Y0, f.X1, f.Y1);
            var box = new BBox(f.X0 / pxX, pageHeight - (f.Y1 + 1) / pxY, (f.X1 + 1) / pxX, pageHeight - f.Y0 / pxY);
            found.Add(new DetectedBox(box, ink));
        }
        // a filled square drawn inside a frame is found as a box of its own: keep the outer frame
        return found.Where(b => !found.Any(o => o != b && Contains(o.Box, b.Box))).ToList();
    }

    private static bool Contains(BBox outer, BBox inner) =>
        inner.X0 >= outer.X0 - 0.5 && inner.X1 <= outer.X1 + 0.5 && inner.Y0 >= outer.Y0 - 0.5 && inner.Y1 <= outer.Y1 + 0.5
        && inner.Width * inner.Height < outer.Width * outer.Height;

    /// <summary>The rectangle drawn by the component: outermost rows and columns holding long straight strokes.</summary>
    private static (int X0, int Y0, int X1, int Y1)? FindFrame(List<int> pixels, int stride, int x0, int y0, int cw, int ch)
    {
        var grid = new bool[cw * ch];
        foreach (var p in pixels) grid[(p / stride - y0) * cw + (p % stride - x0)] = true;
        int top = -1, bottom = -1, left = -1, right = -1;
        for (int y = 0; y < ch; y++)
            if (LongestRun(grid, cw, y * cw, 1, cw) >= 0.6 * cw) { if (top < 0) top = y; bottom = y; }
        for (int x = 0; x < cw; x++)
            if (LongestRun(grid, cw * ch, x, cw, ch) >= 0.6 * ch) { if (left < 0) left = x; right = x; }
        if (top < 0 || left < 0) return null;
        int fw = right - left + 1, fh = bottom - top + 1;
        if (fh < 0.5 * ch || fw < 0.5 * cw) return null;
        // the four sides must span the frame
        if (LongestRun(grid, cw * ch, top * cw + left, 1, fw) < 0.7 * fw) return null;
        if (LongestRun(grid, cw * ch, bottom * cw + left, 1, fw) < 0.7 * fw) return null;
        if (LongestRun(grid, cw * ch, top * cw + left, cw, fh) < 0.7 * fh) return null;
        if (LongestRun(grid, cw * ch, top * cw + right, cw, fh) < 0.7 * fh) return null;
        return (x0 + left, y0 + top, x0 + right, y0 + bottom);
    }

    /// <summary>Longest run of set cells along a row or column, bridging single-cell gaps (scan noise).</summary>
    private static int LongestRun(bool[] grid, int size, int start, int step, int count)
    {
        int best = 0, run = 0, gap = 0;
        for (int i = 0; i < count; i++)
        {
            int at = start + i * step;
            if (at >= size) break;
            if (grid[at]) { run += 1 + gap; gap = 0; best = Math.Max(best, run); }
            else if (run > 0 && gap == 0) gap = 1;
            else { run = 0; gap = 0; }
        }
        return best;
    }

    private static double InteriorInk(GrayImage img, int x0, int y0, int x1, int y1)
    {
        int t = Math.Max(2, (int)Math.Round((x1 - x0 + 1) * 0.15));
        int ix0 = x0 + t, ix1 = x1 - t, iy0 = y0 + t, iy1 = y1 - t;
        if (ix1 < ix0 || iy1 < iy0) return 0;
        long dark = 0, total = 0;
        for (int y = iy0; y <= iy1; y++)
            for (int x = ix0; x <= ix1; x++)
            {
                total++;
                if (img[x, y] < Dark) dark++;
            }
        return total == 0 ? 0 : (double)dark / total;
    }
}

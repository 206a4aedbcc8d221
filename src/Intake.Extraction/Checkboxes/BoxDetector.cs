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
    public const double MinSide = 6.5, MaxSide = 22;

    private static readonly ConditionalWeakTable<GrayImage, IReadOnlyList<DetectedBox>> Cache = new();

    /// <summary>The boxes of the page (computed once per raster); empty without a raster.</summary>
    public static IReadOnlyList<DetectedBox> On(PageText page) =>
        page.Image is null ? [] : Cache.GetValue(page.Image, img => Detect(Polarity.InkDark(img), page.Height));

    public static IReadOnlyList<DetectedBox> Detect(GrayImage img, double pageHeight)
    {
        int w = img.Width, h = img.Height;
        double pxX = img.DpiX / 72, pxY = img.DpiY / 72;
        int minW = (int)(MinSide * pxX), maxW = (int)Math.Ceiling(MaxSide * pxX * 1.4);
        int minH = (int)(MinSide * pxY), maxH = (int)Math.Ceiling(MaxSide * pxY * 1.4);
        var found = new List<DetectedBox>();
        ConnectedComponents.Each(w, h, new DarkMask(img.Pixels), patch =>
        {
            var (pixels, x0, y0, x1, y1) = (patch.Pixels, patch.X0, patch.Y0, patch.X1, patch.Y1);
            int cw = x1 - x0 + 1, ch = y1 - y0 + 1;
            if (cw < minW || ch < minH || cw > maxW * 8 || ch > maxH * 3) return;
            foreach (var f in FindSquares(pixels, w, x0, y0, cw, ch, minW, (int)Math.Ceiling(MaxSide * pxX)))
            {
                double ink = InteriorInk(img, f.X0, f.Y0, f.X1, f.Y1);
                var box = new BBox(f.X0 / pxX, pageHeight - (f.Y1 + 1) / pxY, (f.X1 + 1) / pxX, pageHeight - f.Y0 / pxY);
                found.Add(new DetectedBox(box, ink));
            }
        });
        // a filled square drawn inside a frame is found as a box of its own: keep the outer frame
        return found.Where(b => !found.Any(o => o != b && Contains(o.Box, b.Box))).ToList();
    }

    /// <summary>Pixels darker than <see cref="Dark"/>.</summary>
    private readonly struct DarkMask(byte[] pixels) : IInkMask
    {
        public bool IsInk(int index) => pixels[index] < Dark;
    }

    private static bool Contains(BBox outer, BBox inner) =>
        inner.X0 >= outer.X0 - 0.5 && inner.X1 <= outer.X1 + 0.5 && inner.Y0 >= outer.Y0 - 0.5 && inner.Y1 <= outer.Y1 + 0.5
        && inner.Width * inner.Height < outer.Width * outer.Height;

    /// <summary>
    /// Squares drawn by the component: a horizontal stroke (top), a matching one below it (bottom, the lowest that
    /// keeps the shape square) and vertical strokes joining their ends. Works when the box touches a ring drawn
    /// around it, a tick overshooting it, or a neighbouring glyph.
    /// </summary>
    private static List<(int X0, int Y0, int X1, int Y1)> FindSquares(List<int> pixels, int stride, int x0, int y0, int cw, int ch, int minSide, int maxSide)
    {
        var grid = new bool[cw * ch];
        foreach (var p in pixels) grid[(p / stride - y0) * cw + (p % stride - x0)] = true;
        var runs = new List<(int A, int B)>[ch];
        for (int y = 0; y < ch; y++) runs[y] = RowRuns(grid, cw, y, minSide, maxSide * 3);
        var squares = new List<(int X0, int Y0, int X1, int Y1)>();
        for (int y = 0; y < ch; y++)
            foreach (var top in runs[y])
            {
                if (squares.Any(s => y >= s.Y0 && y <= s.Y1 && top.A <= s.X1 && top.B >= s.X0)) continue;
                // the lowest matching bottom stroke; either stroke may run on into a ring or a glyph touching the box
                for (int y2 = Math.Min(ch - 1, y + (int)(maxSide * 1.4)); y2 >= y + minSide - 1; y2--)
                {
                    (int X0, int Y0, int X1, int Y1)? sq = null;
                    foreach (var bottom in runs[y2])
                    {
                        var (a, b) = bottom.B - bottom.A < top.B - top.A ? bottom : top;
                        int len = b - a + 1, h = y2 - y + 1, tol = Math.Max(2, len / 7);
                        if (len < minSide || len > maxSide || h < 0.7 * len || h > 1.4 * len) continue;
                        if (Math.Min(top.B, bottom.B) < b - tol || Math.Max(top.A, bottom.A) > a + tol) continue;
                        if (!VerticalStroke(grid, cw, a, y, y2, tol) || !VerticalStroke(grid, cw, b, y, y2, tol)) continue;
                        sq = (x0 + a, y0 + y, x0 + b, y0 + y2);
                        break;
                    }
                    if (sq is null) continue;
                    squares.Add(sq.Value);
                    break;
                }
            }
        return squares;
    }

    private static List<(int A, int B)> RowRuns(bool[] grid, int cw, int y, int minLen, int maxLen)
    {
        var list = new List<(int, int)>();
        int x = 0;
        while (x < cw)
        {
            if (!grid[y * cw + x]) { x++; continue; }
            int a = x;
            while (x < cw && (grid[y * cw + x] || (x + 1 < cw && grid[y * cw + x + 1]))) x++;
            int len = x - a;
            if (len >= minLen && len <= maxLen) list.Add((a, x - 1));
        }
        return list;
    }

    /// <summary>A column near <paramref name="x"/> set on at least 80 % of the rows from top to bottom.</summary>
    private static bool VerticalStroke(bool[] grid, int cw, int x, int top, int bottom, int tol)
    {
        for (int cx = Math.Max(0, x - tol); cx <= Math.Min(cw - 1, x + tol); cx++)
        {
            int set = 0;
            for (int y = top; y <= bottom; y++) if (grid[y * cw + cx]) set++;
            if (set >= 0.8 * (bottom - top + 1)) return true;
        }
        return false;
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

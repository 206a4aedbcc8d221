using Intake.Domain.Documents;

namespace Intake.Text.Images;

/// <summary>
/// Rings drawn by hand around an option or a value (a circled choice). Read with its ring, a word is often lost by
/// the OCR ("Non" circled gives nothing). A ring is one stroke of ink lying along an ellipse around its box —
/// nearly all its pixels near that ellipse, all the way round — and it encloses other ink (the word). A letter "O"
/// encloses nothing; handwriting fills its box instead of running along its edge.
/// </summary>
internal static class Rings
{
    /// <summary>Smallest and largest height of a ring, in mm; smallest width.</summary>
    private const double MinHeightMm = 2.5, MaxHeightMm = 15, MinWidthMm = 4, MaxWidthMm = 90;

    /// <summary>Paints the rings' pixels into <paramref name="mask"/> (pixels already in it are ignored); true when one was found.</summary>
    public static bool Paint(bool[] ink, int w, int h, double dpi, bool[] mask)
    {
        int Px(double mm) => Math.Max(1, (int)Math.Round(mm * dpi / 25.4));
        int minH = Px(MinHeightMm), maxH = Px(MaxHeightMm), minW = Px(MinWidthMm), maxW = Px(MaxWidthMm);
        int maxStroke = Px(FormLines.MaxThicknessMm) + 1;
        bool any = false;
        ConnectedComponents.Each(w, h, new InkOutsideMask(ink, mask), patch =>
        {
            var (pixels, x0, y0, x1, y1) = (patch.Pixels, patch.X0, patch.Y0, patch.X1, patch.Y1);
            int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
            if (bh < minH || bh > maxH || bw < minW || bw > maxW || bw < 0.8 * bh) return;
            if (IsRing(pixels, w, x0, y0, bw, bh, maxStroke) && Encloses(ink, pixels, w, x0, y0, bw, bh))
            {
                // its arcs above and below the word go; its ends, which the first and last letters may touch, stay
                // (read as brackets at worst)
                double cy = y0 + (bh - 1) / 2.0, ry = bh / 2.0;
                foreach (var p in pixels)
                    if (Math.Abs(p / w - cy) >= 0.45 * ry) mask[p] = true;
                any = true;
            }
        });
        return any;
    }

    /// <summary>Ink not already painted into the mask (a ring already taken is not looked at again).</summary>
    private readonly struct InkOutsideMask(bool[] ink, bool[] mask) : IInkMask
    {
        public bool IsInk(int index) => ink[index] && !mask[index];
    }

    /// <summary>Most pixels near the ellipse inscribed in the box, covering nearly every direction, with a thin stroke.</summary>
    private static bool IsRing(List<int> pixels, int w, int x0, int y0, int bw, int bh, int maxStroke)
    {
        double cx = x0 + (bw - 1) / 2.0, cy = y0 + (bh - 1) / 2.0, rx = bw / 2.0, ry = bh / 2.0;
        double perimeter = Math.PI * (3 * (rx + ry) - Math.Sqrt((3 * rx + ry) * (rx + 3 * ry)));
        if (pixels.Count > perimeter * maxStroke) return false;
        const int sectors = 24;
        var covered = new bool[sectors];
        int near = 0;
        foreach (var p in pixels)
        {
            double dx = (p % w - cx) / rx, dy = (p / w - cy) / ry;
            double r2 = dx * dx + dy * dy;
            if (r2 < 0.5 || r2 > 1.35) continue;
            near++;
            int sector = (int)((Math.Atan2(dy, dx) + Math.PI) / (2 * Math.PI) * sectors) % sectors;
            covered[sector] = true;
        }
        return near >= 0.8 * pixels.Count && covered.Count(c => c) >= sectors - 4;
    }

    /// <summary>Ink of something else (the circled word) inside the inner part of the ellipse.</summary>
    private static bool Encloses(bool[] ink, List<int> pixels, int w, int x0, int y0, int bw, int bh)
    {
        var own = new HashSet<int>(pixels);
        double cx = x0 + (bw - 1) / 2.0, cy = y0 + (bh - 1) / 2.0, rx = bw / 2.0, ry = bh / 2.0;
        int found = 0;
        for (int y = y0; y < y0 + bh; y++)
            for (int x = x0; x < x0 + bw; x++)
            {
                double dx = (x - cx) / rx, dy = (y - cy) / ry;
                if (dx * dx + dy * dy > 0.45) continue;
                int i = y * w + x;
                if (ink[i] && !own.Contains(i) && ++found >= 8) return true;
            }
        return false;
    }
}

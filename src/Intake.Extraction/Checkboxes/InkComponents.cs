using Intake.Domain.Documents;

namespace Intake.Extraction.Checkboxes;

/// <summary>A connected patch of ink on a page raster: its box in PDF points and its shape figures.</summary>
public sealed record InkBlob(BBox Box, int Pixels, bool StraightEdge);

/// <summary>Connected ink components (8-neighbour) of a region of a page raster.</summary>
public static class InkComponents
{
    public static List<InkBlob> In(PageText page, BBox region)
    {
        var result = new List<InkBlob>();
        if (page.Image is null) return result;
        var img = Polarity.InkDark(page.Image);
        var (rx0, ry0, rx1, ry1) = img.ToPixels(region, page.Height);
        int w = rx1 - rx0, h = ry1 - ry0;
        if (w <= 0 || h <= 0) return result;
        double pxX = img.DpiX / 72, pxY = img.DpiY / 72;
        var seen = new bool[w * h];
        var stack = new Stack<int>();
        var pixels = new List<int>();
        for (int start = 0; start < w * h; start++)
        {
            if (seen[start] || img[rx0 + start % w, ry0 + start / w] >= BoxDetector.Dark) continue;
            pixels.Clear();
            int x0 = int.MaxValue, y0 = int.MaxValue, x1 = -1, y1 = -1;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int p = stack.Pop();
                pixels.Add(p);
                int px = p % w, py = p / w;
                x0 = Math.Min(x0, px); x1 = Math.Max(x1, px); y0 = Math.Min(y0, py); y1 = Math.Max(y1, py);
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int nx = px + dx, ny = py + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                        int q = ny * w + nx;
                        if (seen[q] || img[rx0 + nx, ry0 + ny] >= BoxDetector.Dark) continue;
                        seen[q] = true;
                        stack.Push(q);
                    }
            }
            int cw = x1 - x0 + 1;
            // a printed frame or rule: its top or bottom row is one long straight stroke
            int top = 0, bottom = 0;
            foreach (var p in pixels)
            {
                if (p / w == y0) top++;
                if (p / w == y1) bottom++;
            }
            bool straight = cw >= 8 && (top >= 0.8 * cw || bottom >= 0.8 * cw);
            var box = new BBox((rx0 + x0) / pxX, page.Height - (ry0 + y1 + 1) / pxY, (rx0 + x1 + 1) / pxX, page.Height - (ry0 + y0) / pxY);
            result.Add(new InkBlob(box, pixels.Count, straight));
        }
        return result;
    }
}

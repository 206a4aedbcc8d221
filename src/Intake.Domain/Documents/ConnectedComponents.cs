namespace Intake.Domain.Documents;

/// <summary>Which cells of a raster (row-major index) are ink, for <see cref="ConnectedComponents"/>.</summary>
public interface IInkMask
{
    bool IsInk(int index);
}

/// <summary>One connected patch of ink: its pixels (row-major indexes, valid until the next patch) and bounds.</summary>
public readonly record struct InkPatch(List<int> Pixels, int X0, int Y0, int X1, int Y1);

/// <summary>
/// The 8-connected components of the ink of a <c>w</c> × <c>h</c> raster, in the order of their first pixel. The
/// mask is a struct so that the per-pixel test is inlined (checkboxes and rings scan every pixel of a page).
/// </summary>
public static class ConnectedComponents
{
    public static void Each<TMask>(int w, int h, TMask mask, Action<InkPatch> onPatch) where TMask : struct, IInkMask
    {
        var seen = new bool[w * h];
        var stack = new Stack<int>();
        var pixels = new List<int>();
        for (int start = 0; start < w * h; start++)
        {
            if (seen[start] || !mask.IsInk(start)) continue;
            pixels.Clear();
            int x0 = int.MaxValue, y0 = int.MaxValue, x1 = -1, y1 = -1;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int p = stack.Pop();
                pixels.Add(p);
                int px = p % w, py = p / w;
                if (px < x0) x0 = px;
                if (px > x1) x1 = px;
                if (py < y0) y0 = py;
                if (py > y1) y1 = py;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int nx = px + dx, ny = py + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                        int q = ny * w + nx;
                        if (seen[q] || !mask.IsInk(q)) continue;
                        seen[q] = true;
                        stack.Push(q);
                    }
            }
            onPatch(new InkPatch(pixels, x0, y0, x1, y1));
        }
    }
}

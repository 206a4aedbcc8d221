using Intake.Domain.Documents;

namespace Intake.Text.Images;

/// <summary>
/// Tells a blank scan (the back of a sheet scanned in duplex, a separator) from a page with writing, before OCR.
/// (After OCR, the classifier's <c>Intake.Classification.Model.BlankPageDetector</c> labels pages blank from their
/// words and ink; a page found blank here reaches it with no word and is labelled blank there.)
/// Tesseract spends 75–400 ms on a blank page — on a speckled one its automatic threshold turns the paper grain
/// into "text" — and duplex scanning makes up to half of the pages blank.
/// <para>
/// A page is blank when it holds no mark of ink at least <see cref="MinMarkInches"/> tall or wide: dust, specks
/// and the grain of the paper are smaller than the smallest printed letter (a lowercase letter at 8 pt is
/// ≈ 1.4 mm). Ink is anything clearly darker than the paper (<see cref="InkContrast"/> grey levels under the
/// page's median), so faint pencil counts. Every doubt goes to OCR: a page with much ink is not examined further,
/// and a dark or uneven page (a photograph, a shadowed phone picture) has large marks and is read.
/// </para>
/// </summary>
public static class BlankScan
{
    /// <summary>Grey levels under the paper's level from which a pixel is ink.</summary>
    public const int InkContrast = 48;

    /// <summary>Marks smaller than this both ways (in inches, ≈ 1.3 mm) are specks, not writing.</summary>
    public const double MinMarkInches = 0.05;

    /// <summary>A page with more ink than this fraction of its area has writing (no need to look at the marks).</summary>
    public const double SureInkFraction = 0.002;

    /// <summary>Resolution assumed when the image does not carry one.</summary>
    private const double FallbackDpi = 300;

    public static bool IsBlank(GrayImage image)
    {
        int w = image.Width, h = image.Height;
        if (w <= 0 || h <= 0) return true;
        var px = image.Pixels;
        int paper = PaperLevel(px);
        int threshold = paper - InkContrast;
        if (threshold <= 0) return false; // a dark page: let OCR decide

        long area = (long)w * h;
        long sure = Math.Max(1, (long)(area * SureInkFraction));
        var ink = new List<int>();
        for (int i = 0; i < px.Length; i++)
        {
            if (px[i] >= threshold) continue;
            ink.Add(i);
            if (ink.Count > sure) return false;
        }
        if (ink.Count == 0) return true;

        double dpi = image.DpiX > 0 && image.DpiY > 0 ? (image.DpiX + image.DpiY) / 2 : FallbackDpi;
        int minSide = Math.Max(3, (int)Math.Round(MinMarkInches * dpi));
        return !HasMarkOfSize(ink, w, h, minSide);
    }

    /// <summary>The paper's grey level: the median of a sample of the pixels (most of any page is paper).</summary>
    internal static int PaperLevel(byte[] pixels)
    {
        Span<int> histogram = stackalloc int[256];
        int step = pixels.Length > 1 << 20 ? 7 : 1, n = 0;
        for (int i = 0; i < pixels.Length; i += step) { histogram[pixels[i]]++; n++; }
        int half = (n + 1) / 2, seen = 0;
        for (int level = 0; level < 256; level++)
        {
            seen += histogram[level];
            if (seen >= half) return level;
        }
        return 255;
    }

    /// <summary>Whether some 8-connected group of ink pixels spans at least <paramref name="minSide"/> pixels either way.</summary>
    private static bool HasMarkOfSize(List<int> ink, int width, int height, int minSide)
    {
        var unvisited = new HashSet<int>(ink);
        var stack = new Stack<int>();
        foreach (int start in ink)
        {
            if (!unvisited.Remove(start)) continue;
            int x0 = start % width, x1 = x0, y0 = start / width, y1 = y0;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int p = stack.Pop(), x = p % width, y = p / width;
                x0 = Math.Min(x0, x); x1 = Math.Max(x1, x); y0 = Math.Min(y0, y); y1 = Math.Max(y1, y);
                if (x1 - x0 + 1 >= minSide || y1 - y0 + 1 >= minSide) return true;
                for (int dy = -1; dy <= 1; dy++)
                {
                    int ny = y + dy;
                    if (ny < 0 || ny >= height) continue;
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int nx = x + dx;
                        if (nx < 0 || nx >= width) continue;
                        int q = ny * width + nx;
                        if (unvisited.Remove(q)) stack.Push(q);
                    }
                }
            }
        }
        return false;
    }
}

using Intake.Domain.Documents;
using Intake.Text.Ocr;

namespace Intake.Text.Images;

/// <summary>
/// Estimates the resolution of a photo of a document lying on a darker background (an ID card or a sheet of paper
/// photographed on a desk) from the size of the document in the picture: the bright region around the centre is
/// measured by its second moments (which give the sides of a rectangle whatever its angle), and when its proportions
/// are those of a standard format (an ID-1 card, 85.6 × 54 mm, or an A4 or Letter sheet), its long side in pixels
/// over the format's long side in inches is the resolution. Null when the picture shows no such region (a scan,
/// whose paper fills the picture; a document of another format; too little contrast).
/// </summary>
internal static class PhotographedObject
{
    /// <summary>Standard formats: long side in inches and proportions (long side over short side).</summary>
    private static readonly (string Name, double LongInches, double Aspect)[] Formats =
    [
        ("ID-1 card", 85.6 / 25.4, 85.6 / 54.0),
        ("A4 sheet", 297 / 25.4, 297 / 210.0),
        ("Letter sheet", 11.0, 11.0 / 8.5),
    ];

    /// <summary>How far the measured proportions may be from the format's (perspective, rounded corners).</summary>
    private const double AspectTolerance = 0.05;

    /// <summary>The picture is measured on a copy this many pixels on its long side.</summary>
    private const int WorkingSide = 400;

    /// <summary>The region must cover this share of the picture, at least and at most.</summary>
    private const double MinShare = 0.10, MaxShare = 0.92;

    /// <summary>The region must fill this share of the rectangle its moments describe (a card, not a blob).</summary>
    private const double MinRectangularity = 0.85;

    public static double? EstimateDpi(Pix pix)
    {
        if (pix.Width < 200 || pix.Height < 200) return null;
        double scale = (double)WorkingSide / Math.Max(pix.Width, pix.Height);
        GrayImage image;
        try
        {
            using var gray = pix.ToGray8(); // also drops a colour map
            using var small = gray.ScaleGray(scale, scale);
            image = small.ToGrayImage(0, 0);
        }
        catch (InvalidOperationException)
        {
            return null; // Leptonica refused the picture: nothing to measure
        }
        var region = BrightRegionAtCentre(image);
        if (region is not { } r) return null;
        int total = image.Width * image.Height;
        if (r.Area < MinShare * total || r.Area > MaxShare * total || r.TouchesBorder) return null;
        var (longSide, shortSide) = r.RectangleSides();
        if (shortSide <= 0 || r.Area < MinRectangularity * longSide * shortSide) return null;
        double aspect = longSide / shortSide;
        foreach (var (_, longInches, formatAspect) in Formats)
        {
            if (Math.Abs(aspect / formatAspect - 1) <= AspectTolerance)
                return Math.Round(longSide / scale / longInches);
        }
        return null;
    }

    /// <summary>
    /// The document at the centre of the picture: the background is every dark pixel (under the picture's Otsu
    /// threshold) connected to the picture's edge, and the document the 4-connected region of the other pixels that
    /// holds the centre, its own dark marks (writing, a portrait) included.
    /// </summary>
    internal static Region? BrightRegionAtCentre(GrayImage image)
    {
        int w = image.Width, h = image.Height;
        var px = image.Pixels;
        int threshold = Otsu(px);
        var background = new bool[px.Length];
        var stack = new Stack<int>();
        for (int x = 0; x < w; x++) { Seed(x); Seed((h - 1) * w + x); }
        for (int y = 0; y < h; y++) { Seed(y * w); Seed(y * w + w - 1); }
        while (stack.Count > 0)
        {
            int p = stack.Pop(), x = p % w, y = p / w;
            if (x > 0) Seed(p - 1);
            if (x < w - 1) Seed(p + 1);
            if (y > 0) Seed(p - w);
            if (y < h - 1) Seed(p + w);
        }
        int start = h / 2 * w + w / 2;
        if (background[start]) return null;
        var inside = background; // reused: marks the document's pixels as visited too
        var r = new Region();
        inside[start] = true;
        stack.Push(start);
        while (stack.Count > 0)
        {
            int p = stack.Pop(), x = p % w, y = p / w;
            r.Add(x, y);
            if (x == 0 || y == 0 || x == w - 1 || y == h - 1) r.TouchesBorder = true;
            if (x > 0) Take(p - 1);
            if (x < w - 1) Take(p + 1);
            if (y > 0) Take(p - w);
            if (y < h - 1) Take(p + w);
        }
        return r;

        void Seed(int q)
        {
            if (background[q] || px[q] > threshold) return;
            background[q] = true;
            stack.Push(q);
        }

        void Take(int q)
        {
            if (inside[q]) return;
            inside[q] = true;
            stack.Push(q);
        }
    }

    /// <summary>Otsu's threshold of a grey histogram: the level that best separates dark from bright.</summary>
    internal static int Otsu(byte[] pixels)
    {
        Span<long> histogram = stackalloc long[256];
        foreach (var p in pixels) histogram[p]++;
        long total = pixels.Length;
        double sum = 0;
        for (int i = 0; i < 256; i++) sum += i * (double)histogram[i];
        double sumBelow = 0, best = -1;
        long below = 0;
        int threshold = 127;
        for (int t = 0; t < 256; t++)
        {
            below += histogram[t];
            if (below == 0) continue;
            long above = total - below;
            if (above == 0) break;
            sumBelow += t * (double)histogram[t];
            double meanBelow = sumBelow / below, meanAbove = (sum - sumBelow) / above;
            double between = (double)below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) { best = between; threshold = t; }
        }
        return threshold;
    }

    /// <summary>A region's pixel count and moments.</summary>
    internal sealed class Region
    {
        private double sx, sy, sxx, syy, sxy;

        public int Area { get; private set; }

        public bool TouchesBorder { get; set; }

        public void Add(int x, int y)
        {
            Area++;
            sx += x; sy += y; sxx += (double)x * x; syy += (double)y * y; sxy += (double)x * y;
        }

        /// <summary>
        /// The sides of the rectangle with the same second moments: a uniform rectangle of side L has variance
        /// L² / 12 along it, so each side is √(12 λ) for the eigenvalues λ of the covariance.
        /// </summary>
        public (double Long, double Short) RectangleSides()
        {
            double n = Area, mx = sx / n, my = sy / n;
            double cxx = sxx / n - mx * mx, cyy = syy / n - my * my, cxy = sxy / n - mx * my;
            double mean = (cxx + cyy) / 2, d = Math.Sqrt(Math.Max(0, (cxx - cyy) * (cxx - cyy) / 4 + cxy * cxy));
            return (Math.Sqrt(12 * (mean + d)), Math.Sqrt(12 * Math.Max(0, mean - d)));
        }
    }
}

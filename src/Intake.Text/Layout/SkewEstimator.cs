using Intake.Domain.Documents;

namespace Intake.Text.Layout;

/// <summary>
/// Estimates how much the text rows of a page slope (a scan fed in slightly askew): rows are first grouped
/// locally, then the slope of each long row's word centres is fitted; the median over rows is the page's skew.
/// Pure: words in, slope (dy/dx, in the words' coordinates) out.
/// </summary>
public static class SkewEstimator
{
    /// <summary>Below this slope (≈0.1°) the page is treated as straight.</summary>
    public const double Negligible = 0.0015;

    /// <summary>Largest slope considered a skew (≈3°); beyond that the rows found are not trustworthy.</summary>
    private const double Largest = 0.05;

    public static double Estimate(IReadOnlyList<IReadOnlyList<Word>> rows)
    {
        var slopes = new List<double>();
        foreach (var row in rows)
        {
            if (row.Count < 4) continue;
            double minX = row.Min(w => w.Box.CenterX), maxX = row.Max(w => w.Box.CenterX);
            double height = row.Average(w => w.Box.Height);
            if (height <= 0 || maxX - minX < 8 * height) continue;
            if (Fit(row) is { } s && Math.Abs(s) <= Largest) slopes.Add(s);
        }
        if (slopes.Count < 3) return 0;
        slopes.Sort();
        double median = slopes[slopes.Count / 2];
        return Math.Abs(median) < Negligible ? 0 : median;
    }

    /// <summary>Least-squares slope of the word centres' y against x.</summary>
    private static double? Fit(IReadOnlyList<Word> row)
    {
        double n = row.Count, sx = 0, sy = 0, sxx = 0, sxy = 0;
        foreach (var w in row)
        {
            double x = w.Box.CenterX, y = w.Box.CenterY;
            sx += x; sy += y; sxx += x * x; sxy += x * y;
        }
        double d = n * sxx - sx * sx;
        return d <= 0 ? null : (n * sxy - sx * sy) / d;
    }
}

using SkiaSharp;

namespace Intake.Corpus.Rendering;

/// <summary>The projective transform that maps four source points onto four destination points (a photo taken at an angle).</summary>
public static class Homography
{
    public static SKMatrix Map(IReadOnlyList<SKPoint> from, IReadOnlyList<SKPoint> to)
    {
        // Unknowns a b c d e f g h of x' = (ax + by + c) / (gx + hy + 1), y' = (dx + ey + f) / (gx + hy + 1).
        var m = new double[8, 9];
        for (int i = 0; i < 4; i++)
        {
            double x = from[i].X, y = from[i].Y, u = to[i].X, v = to[i].Y;
            double[] r1 = [x, y, 1, 0, 0, 0, -u * x, -u * y, u];
            double[] r2 = [0, 0, 0, x, y, 1, -v * x, -v * y, v];
            for (int k = 0; k < 9; k++) { m[2 * i, k] = r1[k]; m[2 * i + 1, k] = r2[k]; }
        }
        var s = Solve(m);
        return new SKMatrix((float)s[0], (float)s[1], (float)s[2], (float)s[3], (float)s[4], (float)s[5], (float)s[6], (float)s[7], 1);
    }

    /// <summary>Gaussian elimination with partial pivoting on an n × (n+1) augmented matrix.</summary>
    private static double[] Solve(double[,] a)
    {
        int n = a.GetLength(0);
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col])) pivot = r;
            if (Math.Abs(a[pivot, col]) < 1e-12) throw new InvalidOperationException("degenerate quadrilateral");
            if (pivot != col) for (int k = 0; k <= n; k++) (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            for (int r = 0; r < n; r++)
            {
                if (r == col) continue;
                double f = a[r, col] / a[col, col];
                for (int k = col; k <= n; k++) a[r, k] -= f * a[col, k];
            }
        }
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = a[i, n] / a[i, i];
        return x;
    }
}

using Intake.Domain.Documents;

namespace Intake.Text.Tests.Fixtures;

/// <summary>
/// A white 300 dpi page raster on which strokes are drawn at positions in millimetres from the top-left corner,
/// with a pen of a given width: frames, rules, combs, checkboxes, rings and letter-like strokes.
/// </summary>
internal sealed class LineRaster
{
    public const double Dpi = 300;
    private readonly int width, height;
    private readonly byte[] pixels;

    public LineRaster(double widthMm = 120, double heightMm = 60)
    {
        width = Px(widthMm);
        height = Px(heightMm);
        pixels = new byte[width * height];
        Array.Fill(pixels, (byte)250);
    }

    public static int Px(double mm) => (int)Math.Round(mm * Dpi / 25.4);

    public GrayImage Image => new(width, height, (byte[])pixels.Clone(), Dpi, Dpi);

    /// <summary>A straight stroke from (x0, y0) to (x1, y1), in mm, <paramref name="pen"/> mm wide.</summary>
    public LineRaster Line(double x0, double y0, double x1, double y1, double pen = 0.25)
    {
        int r = Math.Max(0, (Px(pen) - 1) / 2);
        int steps = Math.Max(Math.Abs(Px(x1) - Px(x0)), Math.Abs(Px(y1) - Px(y0))) + 1;
        for (int i = 0; i <= steps; i++)
        {
            int cx = Px(x0 + (x1 - x0) * i / steps), cy = Px(y0 + (y1 - y0) * i / steps);
            for (int dy = -r; dy <= r + (Px(pen) % 2 == 0 ? 1 : 0); dy++)
                for (int dx = -r; dx <= r + (Px(pen) % 2 == 0 ? 1 : 0); dx++)
                    Set(cx + dx, cy + dy);
        }
        return this;
    }

    public LineRaster Frame(double x, double y, double w, double h, double pen = 0.25) =>
        Line(x, y, x + w, y, pen).Line(x, y + h, x + w, y + h, pen).Line(x, y, x, y + h, pen).Line(x + w, y, x + w, y + h, pen);

    /// <summary>A comb: a frame divided into <paramref name="cells"/> boxes by full-height separators.</summary>
    public LineRaster Comb(double x, double y, double cell, double h, int cells, double pen = 0.25)
    {
        Frame(x, y, cell * cells, h, pen);
        for (int i = 1; i < cells; i++) Line(x + i * cell, y, x + i * cell, y + h, pen);
        return this;
    }

    /// <summary>A comb drawn as a base rule with short ticks rising from it (one third of the height).</summary>
    public LineRaster TickComb(double x, double baseline, double cell, double tick, int cells, double pen = 0.25)
    {
        Line(x, baseline, x + cell * cells, baseline, pen);
        for (int i = 0; i <= cells; i++) Line(x + i * cell, baseline - tick, x + i * cell, baseline, pen);
        return this;
    }

    public LineRaster Ellipse(double cx, double cy, double rx, double ry, double pen = 0.3)
    {
        for (int i = 0; i < 720; i++)
        {
            double a = i * Math.PI / 360, b = (i + 1) * Math.PI / 360;
            Line(cx + rx * Math.Cos(a), cy + ry * Math.Sin(a), cx + rx * Math.Cos(b), cy + ry * Math.Sin(b), pen);
        }
        return this;
    }

    /// <summary>Whether any pixel within the box (mm) is ink in <paramref name="image"/>.</summary>
    public static int InkIn(GrayImage image, double x0, double y0, double x1, double y1)
    {
        int n = 0;
        for (int y = Math.Max(0, Px(y0)); y < Math.Min(image.Height, Px(y1)); y++)
            for (int x = Math.Max(0, Px(x0)); x < Math.Min(image.Width, Px(x1)); x++)
                if (image[x, y] < 128) n++;
        return n;
    }

    private void Set(int x, int y)
    {
        if (x >= 0 && y >= 0 && x < width && y < height) pixels[y * width + x] = 10;
    }
}

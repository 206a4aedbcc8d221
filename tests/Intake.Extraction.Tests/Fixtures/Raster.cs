using Intake.Domain.Documents;

namespace Intake.Extraction.Tests.Fixtures;

/// <summary>A white page raster on which boxes, crosses, rings and scribbles are drawn at positions in PDF points.</summary>
public sealed class Raster
{
    public const double Dpi = 100;
    private readonly int width = (int)(PageBuilder.PageWidth * Dpi / 72), height = (int)(PageBuilder.PageHeight * Dpi / 72);
    private readonly byte[] pixels;

    public Raster()
    {
        pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
    }

    private (int X, int Y) Px(double xPt, double yPt) => ((int)(xPt * Dpi / 72), (int)((PageBuilder.PageHeight - yPt) * Dpi / 72));

    private void Dot(int x, int y)
    {
        for (int dy = 0; dy < 2; dy++)
            for (int dx = 0; dx < 2; dx++)
                if (x + dx >= 0 && x + dx < width && y + dy >= 0 && y + dy < height) pixels[(y + dy) * width + x + dx] = 0;
    }

    public Raster LineTo(double x0, double y0, double x1, double y1)
    {
        var (a, b) = Px(x0, y0);
        var (c, d) = Px(x1, y1);
        int steps = Math.Max(Math.Abs(c - a), Math.Abs(d - b)) + 1;
        for (int i = 0; i <= steps; i++) Dot(a + (c - a) * i / steps, b + (d - b) * i / steps);
        return this;
    }

    /// <summary>An empty square box of side <paramref name="size"/> points with its bottom-left corner at (x, y).</summary>
    public Raster Box(double x, double y, double size)
    {
        LineTo(x, y, x + size, y); LineTo(x, y + size, x + size, y + size);
        LineTo(x, y, x, y + size); LineTo(x + size, y, x + size, y + size);
        return this;
    }

    public Raster Cross(double x, double y, double size) =>
        LineTo(x + 1, y + 1, x + size - 1, y + size - 1).LineTo(x + 1, y + size - 1, x + size - 1, y + 1);

    public Raster Ellipse(BBox around, double margin)
    {
        double cx = around.CenterX, cy = around.CenterY, rx = around.Width / 2 + margin, ry = around.Height / 2 + margin;
        for (int i = 0; i < 360; i++)
        {
            double a = i * Math.PI / 180, b = (i + 1) * Math.PI / 180;
            LineTo(cx + rx * Math.Cos(a), cy + ry * Math.Sin(a), cx + rx * Math.Cos(b), cy + ry * Math.Sin(b));
        }
        return this;
    }

    public Raster Scribble(double x, double y, double w, double h)
    {
        for (int i = 0; i < 6; i++) LineTo(x + i * w / 6, y, x + (i + 0.5) * w / 6, y + h);
        for (int i = 0; i < 6; i++) LineTo(x + (i + 0.5) * w / 6, y + h, x + (i + 1) * w / 6, y);
        return this;
    }

    public GrayImage ToImage() => new(width, height, pixels, Dpi, Dpi);
}

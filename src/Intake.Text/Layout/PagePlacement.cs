using Intake.Domain.Documents;
using Intake.Text.Ocr;

namespace Intake.Text.Layout;

/// <summary>
/// Where a raster sits on its page: page size in points and the raster's rectangle in points measured from the
/// page's top-left corner. Maps OCR pixel boxes to PDF points (bottom-left origin), and follows page rotations.
/// </summary>
public sealed record PagePlacement(double PageWidth, double PageHeight, double Left, double Top, double Width, double Height)
{
    /// <summary>A raster covering the whole page.</summary>
    public static PagePlacement FullPage(double pageWidth, double pageHeight) => new(pageWidth, pageHeight, 0, 0, pageWidth, pageHeight);

    /// <summary>The same placement after turning the whole page clockwise by a multiple of 90 degrees.</summary>
    public PagePlacement RotatedClockwise(int degrees) => ((((degrees / 90) % 4) + 4) % 4) switch
    {
        0 => this,
        1 => new(PageHeight, PageWidth, PageHeight - (Top + Height), Left, Height, Width),
        2 => new(PageWidth, PageHeight, PageWidth - (Left + Width), PageHeight - (Top + Height), Width, Height),
        _ => new(PageHeight, PageWidth, Top, PageWidth - (Left + Width), Height, Width),
    };

    /// <summary>Converts a pixel box (top-left origin) of a raster of the given size into page points.</summary>
    public BBox ToPoints(int left, int top, int right, int bottom, int rasterWidth, int rasterHeight)
    {
        double sx = Width / rasterWidth, sy = Height / rasterHeight;
        double x0 = Left + left * sx, x1 = Left + right * sx;
        double yTop = Top + top * sy, yBottom = Top + bottom * sy;
        return new BBox(x0, PageHeight - yBottom, x1, PageHeight - yTop);
    }

    public BBox ToPoints(OcrWord w, int rasterWidth, int rasterHeight) =>
        ToPoints(w.Left, w.Top, w.Right, w.Bottom, rasterWidth, rasterHeight);
}

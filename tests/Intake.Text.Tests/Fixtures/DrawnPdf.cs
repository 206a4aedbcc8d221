using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;
using UglyToad.PdfPig.Writer;

namespace Intake.Text.Tests.Fixtures;

/// <summary>
/// A born-digital form page with vector drawings, written with PdfPig: the form's furniture (a frame, checkboxes,
/// horizontal and vertical rules, a frame with rounded corners), a signature drawn as one polyline and a curve in the signature frame, and a
/// zigzag of separate slanted lines further down. Unsigned, only the furniture is drawn.
/// </summary>
internal static class DrawnPdf
{
    /// <summary>The signature frame (bottom-left and top-right corners), in points.</summary>
    public static readonly PdfRectangle Frame = new(300, 150, 520, 230);

    public static string Write(bool signed, string name)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(SampleFiles.FontPath));
        var page = builder.AddPage(PageSize.A4);
        page.AddText("7. Signature", 12, new PdfPoint(60, 260), font);
        page.AddText("Fait à : Lyon, le 2 mai 2023", 12, new PdfPoint(60, 240), font);
        page.AddText("Signature du demandeur", 12, new PdfPoint(60, 200), font);
        page.DrawRectangle(new PdfPoint(Frame.Left, Frame.Bottom), Frame.Width, Frame.Height, 0.5);
        page.DrawRectangle(new PdfPoint(60, 300), 10, 10, 0.7);
        page.DrawRectangle(new PdfPoint(120, 300), 10, 10, 0.7);
        page.DrawLine(new PdfPoint(50, 280), new PdfPoint(545, 280), 0.8);
        page.DrawLine(new PdfPoint(290, 140), new PdfPoint(290, 240), 0.8);
        RoundedFrame(page, 50, 232, 280, 256, 5);

        if (signed) DrawSignatures(page);
        var path = SampleFiles.PathOf(name);
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    /// <summary>Writes an A4 page of <paramref name="count"/> small separate scribbles, 40 pt apart.</summary>
    public static string WriteScribbles(int count, string name)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        for (int i = 0; i < count; i++)
        {
            double x = 40 + i % 12 * 40, y = 60 + i / 12 * 40;
            page.DrawLine(new PdfPoint(x, y), new PdfPoint(x + 10, y + 8), 1);
        }
        var path = SampleFiles.PathOf(name);
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    /// <summary>A stroked rectangle whose corners are quarter circles drawn with Bézier curves.</summary>
    private static void RoundedFrame(PdfPageBuilder page, double x0, double y0, double x1, double y1, double r)
    {
        const double k = 0.5523; // control point distance of a quarter circle, per unit radius
        var stream = page.CurrentStream.Operations;
        stream.Add(new BeginNewSubpath(x0 + r, y0));
        stream.Add(new AppendStraightLineSegment(x1 - r, y0));
        stream.Add(new AppendDualControlPointBezierCurve(x1 - r + k * r, y0, x1, y0 + r - k * r, x1, y0 + r));
        stream.Add(new AppendStraightLineSegment(x1, y1 - r));
        stream.Add(new AppendDualControlPointBezierCurve(x1, y1 - r + k * r, x1 - r + k * r, y1, x1 - r, y1));
        stream.Add(new AppendStraightLineSegment(x0 + r, y1));
        stream.Add(new AppendDualControlPointBezierCurve(x0 + r - k * r, y1, x0, y1 - r + k * r, x0, y1 - r));
        stream.Add(new AppendStraightLineSegment(x0, y0 + r));
        stream.Add(new AppendDualControlPointBezierCurve(x0, y0 + r - k * r, x0 + r - k * r, y0, x0 + r, y0));
        stream.Add(CloseAndStrokePath.Value);
    }

    private static void DrawSignatures(PdfPageBuilder page)
    {
        // the signature: a polyline and a loop drawn with curves, in one path
        var stream = page.CurrentStream.Operations;
        stream.Add(new BeginNewSubpath(320, 175));
        foreach (var (x, y) in new[] { (330, 200), (338, 168), (349, 205), (360, 172), (372, 198) })
            stream.Add(new AppendStraightLineSegment(x, y));
        stream.Add(new AppendDualControlPointBezierCurve(390, 220, 420, 160, 440, 190));
        stream.Add(new AppendDualControlPointBezierCurve(455, 212, 470, 170, 490, 185));
        stream.Add(StrokePath.Value);

        // a zigzag of separate, touching slanted lines (how some tools write a drawn signature)
        for (int i = 0; i < 5; i++)
            page.DrawLine(new PdfPoint(320 + i * 20, i % 2 == 0 ? 60 : 80), new PdfPoint(340 + i * 20, i % 2 == 0 ? 80 : 60), 1.1);
    }
}

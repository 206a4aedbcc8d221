using Intake.Domain.Documents;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace Intake.Text.Pdf;

/// <summary>
/// The vector marks of a text-layer page that may be writing (a signature drawn with a pen tool or a tablet), as
/// boxes in points (bottom-left origin, like the words). A subpath counts when it has a slanted straight segment,
/// or curves that are more than the rounded corners of a frame; rectangles and horizontal or vertical rules (the
/// form's boxes, lines and checkboxes), clipping paths, white paint and dots do not. Touching marks are merged, and
/// the work is bounded: at most <see cref="MaxSubpaths"/> marks are read and <see cref="MaxBoxes"/> boxes kept.
/// </summary>
internal static class DrawingReader
{
    public const int MaxSubpaths = 1000;
    public const int MaxBoxes = 64;
    private const double Dot = 0.75, MergeGap = 2.5;

    public static List<BBox> Read(Page page)
    {
        var marks = new List<BBox>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !Visible(path)) continue;
            foreach (var subpath in path)
            {
                if (marks.Count >= MaxSubpaths) return Merge(marks);
                if (subpath.IsDrawnAsRectangle || !IsWriting(subpath)) continue;
                if (subpath.GetBoundingRectangle() is not { } r) continue;
                double x0 = Math.Min(r.Left, r.Right), x1 = Math.Max(r.Left, r.Right);
                double y0 = Math.Min(r.Bottom, r.Top), y1 = Math.Max(r.Bottom, r.Top);
                if (x1 - x0 < Dot && y1 - y0 < Dot) continue;
                marks.Add(new BBox(x0, y0, x1, y1));
            }
        }
        return Merge(marks);
    }

    /// <summary>
    /// A slanted straight segment, or curves longer (end to end) than the straight segments along them: a rounded
    /// frame is mostly straight, a scribble or a letter mostly curved.
    /// </summary>
    internal static bool IsWriting(PdfSubpath subpath)
    {
        double straight = 0, curved = 0;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Line line:
                    double dx = Math.Abs(line.To.X - line.From.X), dy = Math.Abs(line.To.Y - line.From.Y);
                    if (Math.Min(dx, dy) > Math.Max(0.5, 0.1 * Math.Max(dx, dy))) return true;
                    straight += dx + dy;
                    break;
                case PdfSubpath.BezierCurve curve:
                    curved += Math.Abs(curve.EndPoint.X - curve.StartPoint.X) + Math.Abs(curve.EndPoint.Y - curve.StartPoint.Y);
                    break;
            }
        }
        return curved > 0 && curved > straight;
    }

    private static bool Visible(PdfPath path) =>
        (path.IsStroked && !IsWhite(path.StrokeColor)) || (path.IsFilled && !IsWhite(path.FillColor));

    private static bool IsWhite(IColor? color)
    {
        if (color is null or PatternColor) return false;
        try
        {
            var (r, g, b) = color.ToRGBValues();
            return r > 0.95 && g > 0.95 && b > 0.95;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return false; // a colour PdfPig cannot convert: assume it shows
        }
    }

    /// <summary>Unites marks closer than <see cref="MergeGap"/>, then keeps the <see cref="MaxBoxes"/> largest, top to bottom.</summary>
    internal static List<BBox> Merge(List<BBox> marks)
    {
        var boxes = new List<BBox>();
        foreach (var mark in marks)
        {
            var merged = mark;
            for (int i = boxes.Count - 1; i >= 0; i--)
            {
                if (!Near(boxes[i], merged)) continue;
                merged = BBox.Union(merged, boxes[i]);
                boxes.RemoveAt(i);
                i = boxes.Count; // the grown box may now reach boxes already passed
            }
            boxes.Add(merged);
        }
        return boxes.OrderByDescending(b => b.Width * b.Height + b.Width + b.Height).Take(MaxBoxes)
            .OrderByDescending(b => b.Y1).ThenBy(b => b.X0).ToList();
    }

    private static bool Near(BBox a, BBox b) =>
        a.X0 - MergeGap <= b.X1 && b.X0 - MergeGap <= a.X1 && a.Y0 - MergeGap <= b.Y1 && b.Y0 - MergeGap <= a.Y1;
}

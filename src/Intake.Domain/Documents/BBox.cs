namespace Intake.Domain.Documents;

/// <summary>
/// A rectangle on a page, in PDF points (1/72 inch) from the page's bottom-left corner,
/// as the evaluation contract requires. For image pages, pixels are converted at the image's resolution.
/// </summary>
public readonly record struct BBox(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;
    public double Height => Y1 - Y0;
    public double CenterX => (X0 + X1) / 2;
    public double CenterY => (Y0 + Y1) / 2;

    /// <summary>The two rectangles share some area (touching edges do not count).</summary>
    public bool Intersects(BBox other) => X0 < other.X1 && other.X0 < X1 && Y0 < other.Y1 && other.Y0 < Y1;

    public static BBox Union(BBox a, BBox b) =>
        new(Math.Min(a.X0, b.X0), Math.Min(a.Y0, b.Y0), Math.Max(a.X1, b.X1), Math.Max(a.Y1, b.Y1));

    public static BBox Union(IEnumerable<BBox> boxes)
    {
        using var e = boxes.GetEnumerator();
        if (!e.MoveNext()) throw new ArgumentException("no box", nameof(boxes));
        var u = e.Current;
        while (e.MoveNext()) u = Union(u, e.Current);
        return u;
    }

    public double[] ToArray() => [Math.Round(X0, 1), Math.Round(Y0, 1), Math.Round(X1, 1), Math.Round(Y1, 1)];
}

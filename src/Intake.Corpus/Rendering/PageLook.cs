namespace Intake.Corpus.Rendering;

/// <summary>The type families a document can be set in.</summary>
public enum TypeFamily { DejaVuSans, DejaVuSerif, CondensedSans, CondensedSerif, ArialLike, TimesLike }

/// <summary>
/// The typography of one document, applied to pages laid out by <see cref="LayoutEngine"/> (which sets everything in
/// DejaVu at fixed sizes and margins): the family replaces the faces (every family is narrower than the DejaVu face it
/// replaces, so wrapped lines still fit), Scale multiplies sizes and distances, Left/Top move the text block.
/// Centred lines stay centred.
/// </summary>
public sealed record PageLook(TypeFamily Family, double Scale, double Left, double Top)
{
    public const double LayoutLeft = 56, LayoutTop = 72;

    public static readonly PageLook Default = new(TypeFamily.DejaVuSans, 1, LayoutLeft, LayoutTop);

    /// <summary>Whether the page must be laid out with the serif faces (the family replaces those).</summary>
    public bool Serif => Family is TypeFamily.DejaVuSerif or TypeFamily.CondensedSerif or TypeFamily.TimesLike;

    public PageLayout Apply(PageLayout layout)
    {
        if (this == Default || layout.IsBlank) return layout;
        double X(double x) => Left + (x - LayoutLeft) * Scale;
        double Y(double y) => Top + (y - LayoutTop) * Scale;
        var texts = layout.Texts.Select(t =>
        {
            var font = Map(t.Font);
            double size = t.Size * Scale;
            double x = X(t.X);
            double oldWidth = Fonts.Measure(t.Text, t.Font, t.Size);
            bool centred = t.X > LayoutLeft + 1 && Math.Abs(t.X + oldWidth / 2 - layout.Width / 2) < 0.75;
            if (centred) x = (layout.Width - Fonts.Measure(t.Text, font, size)) / 2;
            return t with { X = x, Baseline = Y(t.Baseline), Size = size, Font = font };
        }).ToList();
        var boxes = layout.Boxes.Select(b => b with { X = X(b.X), Y = Y(b.Y), W = b.W * Scale, H = b.H * Scale }).ToList();
        return layout with { Texts = texts, Boxes = boxes };
    }

    /// <summary>The largest scale at which a page whose lowest baseline is <paramref name="bottom"/> stays on the sheet.</summary>
    public static double MaxScale(double left, double top, double bottom)
    {
        double byWidth = (LayoutEngine.A4Width - 18 - left) / (LayoutEngine.A4Width - 2 * LayoutLeft);
        double byHeight = (LayoutEngine.A4Height - 24 - top) / Math.Max(1, bottom - LayoutTop);
        return Math.Min(byWidth, byHeight);
    }

    private FontKind Map(FontKind f) => (Family, f) switch
    {
        (_, FontKind.Hand or FontKind.Mono) => f,
        (TypeFamily.ArialLike, _) => Fonts.IsBold(f) ? FontKind.ArialLikeBold : FontKind.ArialLike,
        (TypeFamily.TimesLike, _) => Fonts.IsBold(f) ? FontKind.TimesLikeBold : FontKind.TimesLike,
        (TypeFamily.CondensedSans, _) => Fonts.IsBold(f) ? FontKind.CondensedSansBold : FontKind.CondensedSans,
        (TypeFamily.CondensedSerif, _) => Fonts.IsBold(f) ? FontKind.CondensedSerifBold : FontKind.CondensedSerif,
        _ => f,
    };
}

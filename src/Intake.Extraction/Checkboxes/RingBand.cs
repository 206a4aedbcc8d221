using Intake.Domain.Documents;

namespace Intake.Extraction.Checkboxes;

/// <summary>
/// Ink in a band just above or below an option, where a ring drawn around it passes: the printed words of other
/// rows (a label on the line above, the next field below) and the printed boxes are left out, as they are no ring.
/// </summary>
public static class RingBand
{
    /// <summary>The ink in <paramref name="band"/>, beside the option's row <paramref name="option"/>, outside the printed words of other rows.</summary>
    public static double Ink(PageText page, BBox band, BBox option)
    {
        var printed = page.Lines.SelectMany(l => l.Words)
            .Where(w => w.Text.Any(char.IsLetterOrDigit) && (w.Box.CenterY < option.Y0 || w.Box.CenterY > option.Y1))
            .Select(w => Padded(w.Box))
            .Concat(BoxDetector.On(page).Select(b => Padded(b.Box)))
            .Where(b => b.Intersects(band));
        return InkMeter.DarkRatioOutside(page, band, printed);
    }

    /// <summary>A word's box with a margin for the glyphs' edges, which OCR boxes cut tight.</summary>
    private static BBox Padded(BBox b)
    {
        double m = Math.Max(1.5, 0.2 * b.Height);
        return new BBox(b.X0 - m, b.Y0 - m, b.X1 + m, b.Y1 + m);
    }
}

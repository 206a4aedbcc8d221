using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Checkboxes;
using Intake.Extraction.Common;
using Intake.Extraction.Layout;

namespace Intake.Extraction.Cerfa;

/// <summary>
/// Whether the form is signed: ink in the signature area (right of and under the "Signature" label, printed
/// words and frame lines ignored) on raster pages; on born-digital pages a non-empty signature field, a mark drawn
/// in vector strokes in that area, or a "signé" mention / a typed name next to the label.
/// </summary>
public static class SignatureDetector
{
    public static ExtractedField? Detect(FormLayout layout, IReadOnlyList<FormField> formFields)
    {
        var hit = Label(layout);
        var sigField = formFields.FirstOrDefault(f => TextFolding.Fold(f.Caption ?? f.Name).Contains("signature"));
        if (sigField is not null && (!string.IsNullOrWhiteSpace(sigField.Value) || sigField.Checked == true))
            return new ExtractedField(FieldKeys.SignaturePresente, true, 0.9, sigField.Page, sigField.Box);
        if (hit is null) return null;
        var page = hit.Line.Page;
        if (page.Image is not null)
        {
            var area = Area(hit, page);
            var stroke = Stroke(page, area, hit);
            return stroke is { } s
                ? new ExtractedField(FieldKeys.SignaturePresente, true, 0.88, page.Number, s)
                : new ExtractedField(FieldKeys.SignaturePresente, false, 0.7, page.Number, area);
        }
        if (DrawnSignature(hit) is { } drawn) return drawn;
        var section = layout.Lines.Where(l => l.Section == hit.Section && l.Section != 0).Select(l => TextFolding.Fold(l.Text));
        if (section.Any(t => t.Contains("signe ") || t.EndsWith("signe", StringComparison.Ordinal) || t.Contains("signature electronique") || t.Contains("/s/")))
            return new ExtractedField(FieldKeys.SignaturePresente, true, 0.75, page.Number, hit.Box);
        var next = layout.ValueWords(hit, 2).Where(w => w.Text.Any(char.IsLetter)).ToList();
        if (next.Count > 0 && sigField is null)
            return new ExtractedField(FieldKeys.SignaturePresente, true, 0.6, page.Number, BBox.Union(next.Select(w => w.Box)));
        return new ExtractedField(FieldKeys.SignaturePresente, false, 0.6, page.Number, hit.Box);
    }

    /// <summary>
    /// A signature drawn in vector strokes in the signature area of a born-digital page, or null. It overrides an
    /// empty AcroForm signature field: a form filled on screen may be signed by drawing over it.
    /// </summary>
    public static ExtractedField? DetectDrawn(FormLayout layout) => Label(layout) is { } hit ? DrawnSignature(hit) : null;

    private static LabelHit? Label(FormLayout layout) =>
        layout.Find("signature", 7).LastOrDefault() ?? layout.Find("signature").LastOrDefault();

    private static ExtractedField? DrawnSignature(LabelHit hit)
    {
        var page = hit.Line.Page;
        if (page.Image is not null || page.Drawings.Count == 0) return null;
        return Drawn(page, Area(hit, page), hit) is { } d
            ? new ExtractedField(FieldKeys.SignaturePresente, true, 0.85, page.Number, d)
            : null;
    }

    /// <summary>The area where a signature is expected: right of the label and below it, to the page's right margin.</summary>
    public static BBox Area(LabelHit hit, PageText page)
    {
        var b = hit.Box;
        double h = Math.Max(b.Height, 6);
        double x0 = Math.Max(0, b.X0 - 2 * h);
        double x1 = Math.Max(b.X1 + 1, page.Width - 15);
        double y0 = Math.Max(0, b.Y0 - 110);
        double y1 = Math.Min(page.Height, b.Y1 + 2.5 * h);
        return new BBox(x0, y0, x1, y1);
    }

    /// <summary>
    /// A hand stroke in the area: an ink patch much wider than a printed letter and at least as tall as the label's
    /// text, that is neither a printed rule or frame nor covered by confidently read printed words.
    /// </summary>
    public static BBox? Stroke(PageText page, BBox area, LabelHit hit)
    {
        double h = Math.Max(hit.Box.Height, 5);
        var printed = Printed(page, h);
        foreach (var blob in InkComponents.In(page, area))
        {
            if (!blob.StraightEdge && IsHandStroke(blob.Box, area, h, printed)) return blob.Box;
        }
        return null;
    }

    /// <summary>
    /// A drawn mark of a born-digital page (<see cref="PageText.Drawings"/>, form furniture already left out), cut
    /// to the area, that has the size of a hand stroke (same test as ink on a raster).
    /// </summary>
    public static BBox? Drawn(PageText page, BBox area, LabelHit hit)
    {
        double h = Math.Max(hit.Box.Height, 5);
        var printed = Printed(page, h);
        foreach (var drawing in page.Drawings)
        {
            var b = new BBox(Math.Max(drawing.X0, area.X0), Math.Max(drawing.Y0, area.Y0), Math.Min(drawing.X1, area.X1), Math.Min(drawing.Y1, area.Y1));
            if (b.Width > 0 && b.Height > 0 && IsHandStroke(b, area, h, printed)) return b;
        }
        return null;
    }

    /// <summary>Much wider than a printed letter, at least as tall as the label's text, narrower than the area, not mostly printed words.</summary>
    private static bool IsHandStroke(BBox b, BBox area, double h, List<BBox> printed)
    {
        if (b.Width < 2.5 * h || b.Height < 0.8 * h || b.Width > area.Width * 0.95) return false;
        double covered = printed.Sum(p => Overlap(p, b)) / (b.Width * b.Height);
        return covered <= 0.5;
    }

    private static List<BBox> Printed(PageText page, double h) =>
        page.Words.Where(w => w.Confidence >= 0.6 && w.Box.Height <= 1.8 * h && w.Text.Any(char.IsLetterOrDigit))
            .Select(w => w.Box).ToList();

    private static double Overlap(BBox a, BBox b) =>
        Math.Max(0, Math.Min(a.X1, b.X1) - Math.Max(a.X0, b.X0)) * Math.Max(0, Math.Min(a.Y1, b.Y1) - Math.Max(a.Y0, b.Y0));
}

using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Checkboxes;
using Intake.Extraction.Common;
using Intake.Extraction.Layout;

namespace Intake.Extraction.Cerfa;

/// <summary>
/// Whether the form is signed: ink in the signature area (right of and under the "Signature" label, printed
/// words and frame lines ignored) on raster pages; on born-digital pages a non-empty signature field, or a
/// "signé" mention / a typed name next to the label.
/// </summary>
public static class SignatureDetector
{
    public static ExtractedField? Detect(FormLayout layout, IReadOnlyList<FormField> formFields)
    {
        var hit = layout.Find("signature", 7).LastOrDefault() ?? layout.Find("signature").LastOrDefault();
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
        var section = layout.Lines.Where(l => l.Section == hit.Section && l.Section != 0).Select(l => TextFolding.Fold(l.Text));
        if (section.Any(t => t.Contains("signe ") || t.EndsWith("signe", StringComparison.Ordinal) || t.Contains("signature electronique") || t.Contains("/s/")))
            return new ExtractedField(FieldKeys.SignaturePresente, true, 0.75, page.Number, hit.Box);
        var next = layout.ValueWords(hit, 2).Where(w => w.Text.Any(char.IsLetter)).ToList();
        if (next.Count > 0 && sigField is null)
            return new ExtractedField(FieldKeys.SignaturePresente, true, 0.6, page.Number, BBox.Union(next.Select(w => w.Box)));
        return new ExtractedField(FieldKeys.SignaturePresente, false, 0.6, page.Number, hit.Box);
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
        var printed = page.Words.Where(w => w.Confidence >= 0.6 && w.Box.Height <= 1.8 * h && w.Text.Any(char.IsLetterOrDigit))
            .Select(w => w.Box).ToList();
        foreach (var blob in InkComponents.In(page, area))
        {
            var b = blob.Box;
            if (blob.StraightEdge || b.Width < 2.5 * h || b.Height < 0.8 * h || b.Width > area.Width * 0.95) continue;
            double covered = printed.Sum(p => Overlap(p, b)) / (b.Width * b.Height);
            if (covered > 0.5) continue;
            return b;
        }
        return null;
    }

    private static double Overlap(BBox a, BBox b) =>
        Math.Max(0, Math.Min(a.X1, b.X1) - Math.Max(a.X0, b.X0)) * Math.Max(0, Math.Min(a.Y1, b.Y1) - Math.Max(a.Y0, b.Y0));
}

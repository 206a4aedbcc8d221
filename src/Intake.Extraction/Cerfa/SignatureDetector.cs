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
    /// <summary>Share of free ink above which the signature area is considered signed.</summary>
    public const double InkThreshold = 0.006;

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
            var exclude = page.Words.Where(w => w.Confidence >= 0.6 && w.Text.Any(char.IsLetterOrDigit)).Select(w => w.Box);
            var ratio = InkMeter.FreeInkRatio(page, area, exclude);
            bool signed = ratio > InkThreshold;
            double margin = signed ? Math.Min(1, ratio / (InkThreshold * 4)) : 1 - ratio / InkThreshold;
            return new ExtractedField(FieldKeys.SignaturePresente, signed, Math.Round(0.55 + 0.4 * margin, 3), page.Number, area);
        }
        var section = layout.Lines.Where(l => l.Section == hit.Section && l.Section != 0).Select(l => TextFolding.Fold(l.Text));
        if (section.Any(t => t.Contains("signe ") || t.EndsWith("signe", StringComparison.Ordinal) || t.Contains("signature electronique") || t.Contains("/s/")))
            return new ExtractedField(FieldKeys.SignaturePresente, true, 0.75, page.Number, hit.Box);
        var next = layout.ValueWords(hit, 2).Where(w => w.Text.Any(char.IsLetter)).ToList();
        if (next.Count > 0 && sigField is null)
            return new ExtractedField(FieldKeys.SignaturePresente, true, 0.6, page.Number, BBox.Union(next.Select(w => w.Box)));
        return new ExtractedField(FieldKeys.SignaturePresente, false, 0.6, page.Number, hit.Box);
    }

    /// <summary>The area where a signature is expected: right of the label and below it.</summary>
    public static BBox Area(LabelHit hit, PageText page)
    {
        var b = hit.Box;
        double h = Math.Max(b.Height, 6);
        double x0 = Math.Max(0, b.X0 - 2 * h);
        double x1 = Math.Min(page.Width, Math.Max(b.X1 + 260, b.X0 + 280));
        double y0 = Math.Max(0, b.Y0 - 110);
        double y1 = Math.Min(page.Height, b.Y1 + h);
        return new BBox(x0, y0, x1, y1);
    }
}

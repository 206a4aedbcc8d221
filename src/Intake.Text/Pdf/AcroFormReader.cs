using Intake.Domain.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms;
using UglyToad.PdfPig.AcroForms.Fields;

namespace Intake.Text.Pdf;

/// <summary>Reads filled AcroForm fields (text, checkboxes, radio buttons, combo and list boxes).</summary>
internal static class AcroFormReader
{
    public static IReadOnlyList<FormField> Read(PdfDocument document)
    {
        if (!document.TryGetForm(out var form)) return [];
        var result = new List<FormField>();
        foreach (var field in form.GetFields())
        {
            var converted = Convert(field);
            if (converted is not null) result.Add(converted);
        }
        return result;
    }

    private static FormField? Convert(AcroFieldBase field)
    {
        string name = field.Information.PartialName ?? "";
        string? caption = string.IsNullOrWhiteSpace(field.Information.AlternateName) ? null : field.Information.AlternateName;
        int page = field.PageNumber ?? 0;
        BBox? box = field.Bounds is { } b
            ? new BBox(Math.Min(b.Left, b.Right), Math.Min(b.Bottom, b.Top), Math.Max(b.Left, b.Right), Math.Max(b.Bottom, b.Top))
            : null;
        return field switch
        {
            AcroTextField t => new FormField(name, caption, t.Value, null, page, box),
            AcroCheckboxField c => new FormField(name, caption, c.IsChecked ? c.CurrentValue?.Data : null, c.IsChecked, page, box),
            AcroRadioButtonField r => new FormField(name, caption, r.IsSelected ? r.CurrentValue?.Data : null, r.IsSelected, page, box),
            AcroComboBoxField cb => new FormField(name, caption, Join(cb.SelectedOptions), null, page, box),
            AcroListBoxField lb => new FormField(name, caption, Join(lb.SelectedOptions), null, page, box),
            AcroSignatureField or AcroPushButtonField => null,
            // Groups (radio button sets, checkbox sets) are flattened by GetFields into their kids; skip the parents.
            AcroRadioButtonsField or AcroCheckboxesField or AcroNonTerminalField => null,
            _ => new FormField(name, caption, field.GetFieldValue().Value, null, page, box),
        };
    }

    private static string? Join(IReadOnlyList<string>? values) =>
        values is { Count: > 0 } ? string.Join(" | ", values) : null;
}

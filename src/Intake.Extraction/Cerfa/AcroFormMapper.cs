using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Checkboxes;
using Intake.Extraction.Common;
using Intake.Extraction.Layout;

namespace Intake.Extraction.Cerfa;

/// <summary>
/// Maps the AcroForm fields of a form filled on screen to cerfa keys: by caption/tooltip or name fuzzy-matched
/// to the printed labels (with a section hint from words like "victime", "avocat"), else by the label printed
/// left of or above the field's box. Checkboxes and radio groups give their option.
/// </summary>
public static class AcroFormMapper
{
    /// <summary>A gap between two words wider than this (points) leaves room for another box: the option's words end.</summary>
    private const double OptionWordGap = 9;

    private static readonly string[] GenericOn = ["on", "yes", "true", "1", "x", "coche", "checked", "selected"];

    public static IReadOnlyList<ExtractedField> Map(IReadOnlyList<FormField> formFields, FormLayout layout)
    {
        var result = new List<ExtractedField>();
        var periodDates = new List<(FormField Field, ExtractedField Date)>();
        foreach (var field in JoinContinuations(formFields))
        {
            var (spec, optionTokens, mapping) = Resolve(field, layout);
            if (spec is null) continue;
            var f = Read(spec, field, optionTokens, layout, mapping);
            if (f is null) continue;
            if (spec.Kind == FieldKind.Periods && f.Value is DateOnly) periodDates.Add((field, f));
            else result.Add(f);
        }
        for (int i = 0; i + 1 < periodDates.Count; i += 2)
        {
            var a = (DateOnly)periodDates[i].Date.Value;
            var b = (DateOnly)periodDates[i + 1].Date.Value;
            if (b < a) (a, b) = (b, a);
            result.Add(new ExtractedField(FieldKeys.PrejudiceArretPeriodes, (IReadOnlyList<Period>)[new Period(a, b)], 0.9, periodDates[i].Field.Page, null));
        }
        return MergePeriods(result);
    }

    private static List<ExtractedField> MergePeriods(List<ExtractedField> fields)
    {
        var periods = fields.Where(f => f.Key == FieldKeys.PrejudiceArretPeriodes).ToList();
        if (periods.Count <= 1) return fields;
        var all = periods.SelectMany(p => (IReadOnlyList<Period>)p.Value).Distinct().OrderBy(p => p.Debut).ToList();
        var merged = fields.Where(f => f.Key != FieldKeys.PrejudiceArretPeriodes).ToList();
        merged.Add(new ExtractedField(FieldKeys.PrejudiceArretPeriodes, (IReadOnlyList<Period>)all, periods.Min(p => p.Confidence), periods[0].Page, null));
        return merged;
    }

    /// <summary>
    /// How sure the mapping of a form field to a key is: named after the key itself, after a label with its section
    /// named too, after a label placed in a section by position, or only by the label printed next to its box.
    /// </summary>
    private static class Mapping
    {
        public const double ByKey = 0.97, ByLabelAndSection = 0.95, ByLabel = 0.9, ByPosition = 0.68;
    }

    private static (CerfaKeySpec?, List<string>, double) Resolve(FormField field, FormLayout layout)
    {
        foreach (var descriptor in new[] { field.Caption, field.Name })
        {
            if (string.IsNullOrWhiteSpace(descriptor)) continue;
            var direct = CerfaSchema.Keys.FirstOrDefault(k => TextFolding.TokenKey(k.Key) == TextFolding.TokenKey(descriptor));
            if (direct is not null) return (direct, [], Mapping.ByKey);
            var tokens = DescriptorMatcher.Tokens(descriptor);
            var named = CerfaSchema.SectionHint(tokens);
            var hint = named ?? SectionAt(field, layout);
            // a field called "le" or "date" in the signature section: the date beside "Fait à … le"
            if (hint == 7 && tokens.Count == 1 && tokens[0] is "le" or "date")
                return (CerfaSchema.Keys.First(k => k.Key == FieldKeys.SignatureDate), [], Mapping.ByPosition);
            var labels = DescriptorMatcher.Labels(tokens, CerfaLabels.All);
            foreach (var (id, after) in labels)
            {
                // a section the name states is binding: "faits" + "date" is no signature date
                var spec = named is not null ? SpecIn(id, named.Value) : SpecFor(id, hint);
                if (spec is not null) return (spec, tokens.Skip(after).ToList(), named is not null ? Mapping.ByLabelAndSection : Mapping.ByLabel);
            }
            // "faits_date": the one date of the section the name states
            if (named is not null && tokens.Contains("date")
                && CerfaSchema.Keys.Where(k => k.Sections.Contains(named.Value) && k.Kind is FieldKind.Date or FieldKind.BirthDate).ToList() is [var only])
                return (only, [], Mapping.ByLabel);
        }
        var hit = NearestLabel(field, layout);
        if (hit is null) return (null, [], 0);
        var byPosition = SpecFor(hit.Def.Id, hit.Section == 0 ? null : hit.Section);
        // "Fait à [lieu] le [date]": the field after the word "le" of the signature line is the date, not the place
        if (byPosition?.Key == FieldKeys.SignatureLieu && WordBetween(field, hit, layout, "le"))
            return (CerfaSchema.Keys.First(k => k.Key == FieldKeys.SignatureDate), [], Mapping.ByPosition);
        return (byPosition, [], Mapping.ByPosition);
    }

    /// <summary>
    /// One text field split over several boxes under the same name (a description running over two lines):
    /// its values joined in page and reading order, as one field.
    /// </summary>
    private static IEnumerable<FormField> JoinContinuations(IReadOnlyList<FormField> fields)
    {
        foreach (var group in fields.GroupBy(f => (f.Name, f.Page)))
        {
            var parts = group.ToList();
            if (parts.Count == 1 || parts.Any(p => p.Checked is not null) || parts.Select(p => p.Value).Distinct().Count() == 1)
            {
                foreach (var p in parts) yield return p;
                continue;
            }
            var ordered = parts.OrderByDescending(p => p.Box?.Y1 ?? 0).ThenBy(p => p.Box?.X0 ?? 0).ToList();
            var value = string.Join(' ', ordered.Select(p => p.Value?.Trim()).Where(v => !string.IsNullOrEmpty(v)));
            var box = ordered.All(p => p.Box is not null) ? BBox.Union(ordered.Select(p => p.Box!.Value)) : ordered[0].Box;
            yield return ordered[0] with { Value = value, Box = box };
        }
    }

    /// <summary>The form section the field lies in: that of the nearest line at or above it on its page.</summary>
    private static int? SectionAt(FormField field, FormLayout layout)
    {
        if (field.Box is not { } box) return null;
        var line = layout.Lines.Where(l => l.Page.Number == field.Page && l.Section != 0 && l.Box.Y0 >= box.Y0 - 3)
            .OrderBy(l => l.Box.Y0).FirstOrDefault();
        return line?.Section;
    }

    private static CerfaKeySpec? SpecIn(string labelId, int section) =>
        CerfaSchema.Keys.FirstOrDefault(k => k.Labels.Contains(labelId) && k.Sections.Contains(section));

    private static CerfaKeySpec? SpecFor(string labelId, int? section)
    {
        var candidates = CerfaSchema.Keys.Where(k => k.Labels.Contains(labelId)).ToList();
        if (section is not null)
            return candidates.FirstOrDefault(k => k.Sections.Contains(section.Value)) ?? (candidates.Count == 1 ? candidates[0] : null);
        return candidates.FirstOrDefault();
    }

    /// <summary>The word <paramref name="folded"/> printed on the field's row between the label and the field's box.</summary>
    private static bool WordBetween(FormField field, LabelHit hit, FormLayout layout, string folded) =>
        field.Box is { } box && layout.Lines.Where(l => l.Page.Number == field.Page).SelectMany(l => l.Words)
            .Any(w => Math.Abs(w.Box.CenterY - box.CenterY) < Math.Max(w.Box.Height, box.Height) * 0.7
                      && w.Box.X0 >= hit.Box.X1 - 1 && w.Box.X1 <= box.X0 + 3 && TextFolding.TokenKey(w.Text) == folded);

    /// <summary>The label printed left of the field on its row, else just above it.</summary>
    private static LabelHit? NearestLabel(FormField field, FormLayout layout)
    {
        if (field.Box is not { } box) return null;
        var hits = layout.Lines.Where(l => l.Page.Number == field.Page).SelectMany(layout.HitsOn).ToList();
        var left = hits.Where(h => Math.Abs(h.Box.CenterY - box.CenterY) < Math.Max(h.Box.Height, box.Height) * 0.7 && h.Box.X1 <= box.X0 + 3)
            .OrderBy(h => box.X0 - h.Box.X1).FirstOrDefault();
        if (left is not null) return left;
        return hits.Where(h => h.Box.Y0 >= box.Y1 - 3 && h.Box.Y0 - box.Y1 < 30 && h.Box.X0 < box.X1 && h.Box.X1 > box.X0 - 20)
            .OrderBy(h => h.Box.Y0 - box.Y1).FirstOrDefault();
    }

    private static ExtractedField? Read(CerfaKeySpec spec, FormField field, List<string> optionTokens, FormLayout layout, double method)
    {
        if (spec.Key == FieldKeys.SignaturePresente)
        {
            bool signed = field.Checked == true || !string.IsNullOrWhiteSpace(field.Value);
            return new ExtractedField(spec.Key, signed, signed ? 0.9 : 0.6, field.Page, field.Box);
        }
        if (spec.Options is null)
        {
            if (string.IsNullOrWhiteSpace(field.Value)) return null;
            var kind = spec.Kind == FieldKind.Periods && PeriodParser.FindAll(field.Value).Count == 0 ? FieldKind.Date : spec.Kind;
            return ValueReader.FromText(spec.Key, kind, field.Value, field.Page, field.Box, 1.0, method);
        }
        var option = OptionOf(spec.Options, field, optionTokens, layout);
        if (field.Checked == false && field.Value is null or "" or "Off") return option is null && spec.Kind == FieldKind.YesNo
            ? new ExtractedField(spec.Key, false, 0.6, field.Page, field.Box) : null;
        if (field.Checked == false) return null;
        if (option is null)
        {
            if (spec.Kind == FieldKind.YesNo && field.Checked == true) return new ExtractedField(spec.Key, true, 0.85, field.Page, field.Box);
            return null;
        }
        object value = spec.Kind == FieldKind.YesNo ? option.Code == "oui" : option.Code;
        return new ExtractedField(spec.Key, value, Math.Round(0.98 * method, 3), field.Page, field.Box);
    }

    private static OptionDef? OptionOf(OptionDef[] options, FormField field, List<string> tokens, FormLayout layout)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(field.Value) && !GenericOn.Contains(TextFolding.TokenKey(field.Value))) candidates.Add(field.Value);
        if (tokens.Count > 0) candidates.Add(string.Join("", tokens));
        candidates.AddRange(tokens);
        if (field.Box is { } box)
        {
            // The option's words right of the box, up to the next gap wide enough for another box: "d'un
            // accident médical", tried whole, then from each word on ("accident médical"), then word by word.
            var row = layout.Lines.Where(l => l.Page.Number == field.Page)
                .SelectMany(l => l.Words)
                .Where(w => Math.Abs(w.Box.CenterY - box.CenterY) < Math.Max(w.Box.Height, box.Height) && w.Box.X0 >= box.X1 - 2)
                .OrderBy(w => w.Box.X0).ToList();
            var words = new List<string>();
            double edge = box.X1;
            foreach (var w in row)
            {
                if (w.Box.X0 - edge >= (words.Count == 0 ? 40 : OptionWordGap)) break;
                words.Add(w.Text);
                edge = w.Box.X1;
            }
            for (int from = 0; from < words.Count; from++)
                for (int to = words.Count; to > from; to--)
                    candidates.Add(string.Join(' ', words.Skip(from).Take(to - from)));
        }
        foreach (var c in candidates)
        {
            var k = MatchKeys.Of(c);
            if (k.Length == 0) continue;
            foreach (var o in options)
                if (TextFolding.TokenKey(o.Code) == k || o.Keys.Any(ok => ok == k || (ok.Length >= 5 && EditDistance.FuzzyEquals(k, ok))))
                    return o;
        }
        return null;
    }
}

using System.Text.RegularExpressions;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Common;
using Intake.Extraction.Text;

namespace Intake.Extraction.Documents;

/// <summary>Death certificates: date of death and the deceased's names.</summary>
public sealed partial class DeathCertificateExtractor : IFieldExtractor
{
    [GeneratedRegex(@"date (?:du|de) deces\s*:?\s*")]
    private static partial Regex DeathDateLabel();

    [GeneratedRegex(@"deces (?:est )?(?:survenu|intervenu)\s+le\s*|\bdeced(?:e|ee|e\(e\))\s+le\s*")]
    private static partial Regex DeathDate();

    [GeneratedRegex(@"\bdeced(?:e|ee|e\(e\))\b")]
    private static partial Regex Deceased();

    [GeneratedRegex(@"(?:est|a ete)\s+deced(?:e|ee|e\(e\))\s+(?:a\s+[^,\n]{1,40},\s*)?(?:le\s+[^,\n]{1,30},\s*)?")]
    private static partial Regex DeceasedName();

    public string Type => DocumentType.ActeDeces;

    /// <summary>"Le 3 février 2022 … est décédé …": the last date before "décédé" that is not a birth date.</summary>
    private static DateMatch? DateBeforeDeceased(DocumentText doc)
    {
        var m = Deceased().Match(doc.Folded);
        if (!m.Success) return null;
        DateMatch? best = null;
        foreach (var d in doc.Dates)
        {
            if (d.Index >= m.Index || m.Index - d.Index > 150) continue;
            var before = doc.Folded[Math.Max(0, d.Index - 10)..d.Index];
            if (before.Contains("ne le") || before.Contains("nee le") || before.Contains("ne(e) le")) continue;
            best = d;
        }
        return best;
    }

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var doc = new DocumentText(pages);
        var set = new FieldSet();
        var date = Prose.DatesAfter(doc, DeathDateLabel(), 20).Select(x => (DateMatch?)x.Date).FirstOrDefault()
            ?? Prose.DatesAfter(doc, DeathDate(), 5).Select(x => (DateMatch?)x.Date).FirstOrDefault()
            ?? DateBeforeDeceased(doc);
        if (date is { } dd) set.Add(Prose.DateField(doc, FieldKeys.DecesDate, dd, 0.85));
        foreach (Match m in DeceasedName().Matches(doc.Folded))
        {
            if (Prose.NameAt(doc, m.Index + m.Length) is not { } n) continue;
            var (nom, prenoms) = Domain.Parsing.PersonNameParser.SplitFullName(n.Text);
            set.Add(Prose.At(doc, FieldKeys.VictimeNom, nom, n.Start, n.Length, 0.8));
            if (prenoms.Length > 0) set.Add(Prose.At(doc, FieldKeys.VictimePrenoms, prenoms, n.Start, n.Length, 0.8));
            break;
        }
        VictimIdentityFinder.AddTo(doc, set);
        return set.ToList();
    }
}

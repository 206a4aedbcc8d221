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

    /// <summary>"est décédé(e)" then, before the name, the place and time clauses ("au centre hospitalier,", "le …,").</summary>
    [GeneratedRegex(@"(?:est|a ete)\s+deced(?:e|ee|e\(e\))\s+(?:(?:a|au|aux|en|dans|le|a l'|a la)\s[^,\n]{1,60},\s*){0,2}")]
    private static partial Regex DeceasedName();

    public string Type => DocumentType.ActeDeces;

    /// <summary>The dates in figures and, where none overlaps, those written in words (full copies of civil-status records).</summary>
    private static List<DateMatch> WithWordDates(DocumentText doc)
    {
        var all = doc.Dates.ToList();
        foreach (var (index, length, date) in WordDates.FindAll(doc.Folded))
            if (!all.Any(d => index < d.End && d.Index < index + length)) all.Add(new DateMatch(index, length, date, 0));
        return all.OrderBy(d => d.Index).ToList();
    }

    private static DateMatch? DateAfter(DocumentText doc, List<DateMatch> dates, Regex cue, int maxGap)
    {
        foreach (Match m in cue.Matches(doc.Folded))
        {
            int at = m.Index + m.Length;
            foreach (var d in dates)
                if (d.Index >= at && d.Index - at <= maxGap) return d;
        }
        return null;
    }

    /// <summary>"Le 3 février 2022 … est décédé …": the last date before "décédé" that is not a birth date.</summary>
    private static DateMatch? DateBeforeDeceased(DocumentText doc, IReadOnlyList<DateMatch> dates)
    {
        var m = Deceased().Match(doc.Folded);
        if (!m.Success) return null;
        DateMatch? best = null;
        foreach (var d in dates)
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
        var dates = WithWordDates(doc);
        var date = DateAfter(doc, dates, DeathDateLabel(), 20) ?? DateAfter(doc, dates, DeathDate(), 5) ?? DateBeforeDeceased(doc, dates);
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

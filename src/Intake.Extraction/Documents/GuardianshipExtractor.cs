using System.Text.RegularExpressions;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Common;
using Intake.Extraction.Text;

namespace Intake.Extraction.Documents;

/// <summary>Guardianship judgments: measure (tutelle/curatelle), date, guardian; the protected person is the victim.</summary>
public sealed partial class GuardianshipExtractor : IFieldExtractor
{
    [GeneratedRegex(@"sous (?:le regime de (?:la )?|mesure de |une mesure de |la mesure de )?(tutelle|curatelle)")]
    private static partial Regex Measure();

    [GeneratedRegex(@"\b(tutelle|curatelle)\b")]
    private static partial Regex MeasureWord();

    [GeneratedRegex(@"(?:jugement|ordonnance|decision)\s+(?:rendue?\s+)?(?:le|du|en date du)\s*|audience (?:publique |du cabinet )?du\s*|rendue? le\s*|prononcee? le\s*")]
    private static partial Regex JudgmentDate();

    [GeneratedRegex(@"(?:design\w*|nomm\w*)\s+(?:en (?:qualite|tant) (?:de|que) (?:tuteur|tutrice|curateur|curatrice|mandataire)\w*\s*,?\s*)?(?::\s*)?")]
    private static partial Regex Designates();

    [GeneratedRegex(@"(?:tuteur|tutrice|curateur|curatrice|mandataire judiciaire)(?: designee?)?\s*:\s*")]
    private static partial Regex GuardianLabel();

    [GeneratedRegex(@"\s(?:en (?:qualite|tant)|pour |afin |domicili|demeurant|sis |dont )|[,.;(\n]")]
    private static partial Regex NameStop();

    public string Type => DocumentType.JugementProtection;

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var doc = new DocumentText(pages);
        var set = new FieldSet();
        var m = Measure().Match(doc.Folded);
        if (m.Success) set.Add(Prose.At(doc, FieldKeys.ProtectionMesure, m.Groups[1].Value, m.Index, m.Length, 0.9));
        else
        {
            var words = MeasureWord().Matches(doc.Folded).Select(x => x.Groups[1].Value).ToList();
            if (words.Count > 0)
            {
                var best = words.GroupBy(w => w).OrderByDescending(g => g.Count()).First().Key;
                var first = MeasureWord().Matches(doc.Folded).First(x => x.Groups[1].Value == best);
                set.Add(Prose.At(doc, FieldKeys.ProtectionMesure, best, first.Index, first.Length, 0.7));
            }
        }
        foreach (var (_, d) in Prose.DatesAfter(doc, JudgmentDate(), 20))
        {
            set.Add(Prose.DateField(doc, FieldKeys.ProtectionDate, d, 0.85));
            break;
        }
        set.AddIfMissing(CommonPatterns.DocumentDate(doc, FieldKeys.ProtectionDate));
        AddGuardian(doc, set);
        int page = pages.Count > 0 ? pages[0].Number : 1;
        set.Add(new ExtractedField(FieldKeys.VictimeProtegee, true, 0.9, page, null));
        VictimIdentityFinder.AddTo(doc, set);
        return set.ToList();
    }

    private static void AddGuardian(DocumentText doc, FieldSet set)
    {
        foreach (var r in new[] { GuardianLabel(), Designates() })
            foreach (Match m in r.Matches(doc.Folded))
            {
                int s = m.Index + m.Length;
                if (s >= doc.Raw.Length) continue;
                var stop = NameStop().Match(doc.Folded, s);
                int end = stop.Success ? stop.Index : doc.LineEnd(s);
                end = Math.Min(end, s + 80);
                var text = PersonNameParser.StripTitles(doc.Slice(s, end - s));
                if (text.Length < 2 || !text.Any(char.IsUpper)) continue;
                set.Add(Prose.At(doc, FieldKeys.ProtectionProtecteurNom, text, s, end - s, 0.8));
                return;
            }
    }
}

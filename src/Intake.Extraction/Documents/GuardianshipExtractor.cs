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

    /// <summary>
    /// The court's act naming the guardian: "désigne [en qualité de tuteur]", "nomme", "confie (l'exercice de) la
    /// mesure à", then the guardian.
    /// </summary>
    [GeneratedRegex(@"\b(?:design\w*|nomm\w*|confie (?:l'exercice de )?(?:la |cette )?(?:mesure|tutelle|curatelle|protection)[^,\n]{0,20}? a|attribue (?:la mesure )?a)\s+(?:en (?:qualite|tant) (?:de|que) (?:tuteur|tutrice|curateur|curatrice|mandataire)[^,\n]{0,50}?\s*,?\s+)?(?::\s*)?")]
    private static partial Regex Designates();

    [GeneratedRegex(@"\b(?:tuteur|tutrice|curateur|curatrice|mandataire judiciaire(?: a la protection des majeurs)?)(?: designee?| nommee?)?\s*:\s*")]
    private static partial Regex GuardianLabel();

    /// <summary>An organisation acting as guardian: "l'Association tutélaire …", "l'UDAF du Rhône".</summary>
    [GeneratedRegex(@"^(?:l'|la |le |les )?(?=(?:association|udaf|union|service|atmp|atiam|aptm|oeuvre|fondation|centre|etablissement|ehpad|groupement)\b)")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"[,.;(\n]|\s(?:en (?:qualite|tant)|pour |afin |domicili|demeurant|sis |dont |mandataire )")]
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
                if (Guardian(doc, s) is not { } g) continue;
                set.Add(Prose.At(doc, FieldKeys.ProtectionProtecteurNom, g.Text, g.Start, g.Length, 0.8));
                return;
            }
    }

    /// <summary>A person (titles skipped) or an organisation named at <paramref name="s"/>.</summary>
    private static (int Start, int Length, string Text)? Guardian(DocumentText doc, int s)
    {
        var org = Organisation().Match(doc.Folded[s..Math.Min(doc.Raw.Length, s + 40)]);
        if (org.Success)
        {
            int start = s + org.Length;
            var stop = NameStop().Match(doc.Folded, start);
            int end = Math.Min(stop.Success ? stop.Index : doc.LineEnd(start), Math.Min(doc.LineEnd(start), start + 80));
            var text = doc.Slice(start, end - start);
            return text.Length >= 3 ? (start, end - start, char.ToUpper(text[0]) + text[1..]) : null;
        }
        if (Prose.NameAt(doc, s) is { } n && n.Text.Split(' ').Any(w => w.Length > 1) && n.Text.Any(char.IsUpper))
            return n;
        return null;
    }
}

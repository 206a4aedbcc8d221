using System.Text.RegularExpressions;
using Intake.Extraction.Common;
using Intake.Extraction.Text;

namespace Intake.Extraction.Report;

/// <summary>
/// Yes/no findings of an expert report read sentence by sentence with negations: fault (and who), therapeutic
/// hazard, nosocomial infection, death caused by the damage, definitive unfitness. The last decisive sentence
/// wins (conclusions come last); sentences restating the mission are ignored.
/// </summary>
public static partial class ReportFindings
{
    private sealed record Concept(string Key, Regex Positive, Regex Negative);

    [GeneratedRegex(@"\bfautes?\b|\bfautif|\bfautive|manquements?|non[\s-]conformes?|contraires? aux (?:regles|donnees)|defaut de (?:surveillance|information|diagnostic|prise en charge|suivi)|retard (?:fautif|de diagnostic|diagnostique|de prise en charge)|maladresse|(?:n'|ne )(?:etai|etaient|ont|a|est|sont|furent)\w* pas (?:ete )?conformes?")]
    private static partial Regex FaultPos();

    [GeneratedRegex(@"aucune? (?:faute|manquement|defaut)|pas (?:de|d'une) (?:faute|manquement)|absence (?:de|d'une) (?:faute|manquement)|sans (?:faute|manquement)|non fauti|n'a commis aucun|n'ont commis aucun|ne (?:peut|saurait|sauraient|peuvent) (?:etre )?(?:retenue?|reprochee?)|n'est pas (?:etablie|retenue|caracterisee|demontree)|ne constitue pas une faute|exempte?s? de (?:toute )?(?:faute|critique)|\bni faute|(?<!(?:non|pas|plus|jamais)\s+(?:ete\s+)?)\bconformes? aux (?:regles|donnees|bonnes pratiques|recommandations)|pas commis de faute|aucun reproche")]
    private static partial Regex FaultNeg();

    [GeneratedRegex(@"\balea\b|accident (?:medical )?non fautif")]
    private static partial Regex AleaPos();

    [GeneratedRegex(@"(?:pas|aucun|ni|exclu\w*|ecart\w*|ne constitue pas|n'est pas|ne releve pas|ne s'agit pas)\b[^.]{0,30}\balea\b|\balea\b[^.]{0,25}(?:ne peut|n'est pas|exclu|ecarte|pas retenu)")]
    private static partial Regex AleaNeg();

    [GeneratedRegex(@"nosocomial|infection (?:associee|liee) aux soins")]
    private static partial Regex NosoPos();

    [GeneratedRegex(@"(?:n'est pas|ne sont pas|pas d'|pas une|aucune|absence d'|exclu\w*|ecart\w*|ne s'agit pas|ne peut etre qualifiee|non)\b[^.]{0,40}nosocomial|nosocomial\w*[^.]{0,30}(?:n'est pas|ne peut|exclu|ecart|pas retenu|non retenu)|pas d'infection|aucune infection|absence d'infection")]
    private static partial Regex NosoNeg();

    [GeneratedRegex(@"deced\w*[^.]{0,60}(?:des suites|en relation|imputable|consecuti|du fait|en lien)|\bdeces\b[^.]{0,60}(?:imputable|en relation|en lien|lie |consecutif|des suites|directement)|(?:des suites|en relation|imputable)[^.]{0,60}deced")]
    private static partial Regex DeathPos();

    [GeneratedRegex(@"sans lien|n'est pas imputable|pas en relation|aucun lien|n'est pas en lien|non imputable|sans rapport")]
    private static partial Regex DeathNeg();

    [GeneratedRegex(@"inaptitude (?:professionnelle )?definitive|definitivement inapte|inapte (?:de (?:facon|maniere) )?definitive|ne pourra (?:plus|pas) (?:reprendre|exercer)|impossibilite definitive")]
    private static partial Regex InaptPos();

    [GeneratedRegex(@"pas d'inaptitude|aucune inaptitude|absence d'inaptitude|n'est pas (?:definitivement )?inapte|pas inapte|inaptitude[^.]{0,30}(?:n'est pas|pas retenue|non retenue|ne peut|ne saurait)|\bapte a (?:reprendre|exercer)|pourra reprendre")]
    private static partial Regex InaptNeg();

    /// <summary>
    /// What introduces the author of a fault: "imputable au Dr X", "faute technique du Dr X", "manquement fautif de
    /// la clinique X", "la prise en charge par X n'a pas été conforme", "une faute de la part de X".
    /// </summary>
    [GeneratedRegex(@"(?:imputables?|commise?s?|attribuables?|reprochables?)\s+(?:a l'|a la|aux|au|a|par)\s*|(?:fautes?|manquements?)(?:\s+(?:fautif|fautive|fautifs|technique|medicale|caracterisee|commise|d'organisation))*\s+(?:du|de la|de l'|des|de)\s*(?!part\b)|prise en charge (?:par|du|de la|de l'|des)\s*|la part (?:du|de la|de l'|des|de)\s*")]
    private static partial Regex AuthorLead();

    private static readonly Concept[] Concepts =
    [
        new(FieldKeys.ExpertiseFaute, FaultPos(), FaultNeg()),
        new(FieldKeys.ExpertiseAlea, AleaPos(), AleaNeg()),
        new(FieldKeys.ExpertiseNosocomiale, NosoPos(), NosoNeg()),
        new(FieldKeys.ExpertiseDeces, DeathPos(), DeathNeg()),
        new(FieldKeys.ExpertiseInaptitude, InaptPos(), InaptNeg()),
    ];

    public static void AddTo(DocumentText doc, IReadOnlyList<Sentence> sentences, FieldSet set)
    {
        foreach (var c in Concepts)
        {
            Sentence? last = null;
            bool value = false;
            foreach (var s in sentences)
            {
                if (Sentences.IsMission(s)) continue;
                bool neg = c.Negative.IsMatch(s.Folded);
                bool pos = c.Positive.IsMatch(s.Folded);
                if (c.Key == FieldKeys.ExpertiseDeces) { if (!pos) continue; neg = neg && pos; }
                if (!neg && !pos) continue;
                last = s;
                value = !neg;
            }
            if (last is { } l) set.Add(Prose.At(doc, c.Key, value, l.Start, Math.Min(l.Length, 200), 0.8));
        }
        if (set.Get(FieldKeys.ExpertiseFaute) is { Value: true }) AddAuthor(doc, sentences, set);
        var faute = set.Get(FieldKeys.ExpertiseFaute);
        var alea = set.Get(FieldKeys.ExpertiseAlea);
        if (faute is { Value: true } && alea is null) set.Add(Derived(FieldKeys.ExpertiseAlea, false, faute));
        if (alea is { Value: true } && faute is null) set.Add(Derived(FieldKeys.ExpertiseFaute, false, alea));
        int page = doc.Pages.Count > 0 ? doc.Pages[0].Number : 1;
        foreach (var key in new[] { FieldKeys.ExpertiseFaute, FieldKeys.ExpertiseAlea, FieldKeys.ExpertiseNosocomiale, FieldKeys.ExpertiseDeces, FieldKeys.ExpertiseInaptitude })
            set.AddIfMissing(new Domain.Fields.ExtractedField(key, false, 0.4, page, null));
    }

    private static Domain.Fields.ExtractedField Derived(string key, bool value, Domain.Fields.ExtractedField from) =>
        new(key, value, Math.Round(from.Confidence * 0.8, 3), from.Page, null);

    private static void AddAuthor(DocumentText doc, IReadOnlyList<Sentence> sentences, FieldSet set)
    {
        foreach (var s in sentences.Reverse())
        {
            if (Sentences.IsMission(s) || !FaultPos().IsMatch(s.Folded) || FaultNeg().IsMatch(s.Folded)) continue;
            if (AuthorStart(doc, s) is not { } at) continue;
            int end = at;
            var raw = doc.Raw;
            int words = 0;
            while (end < s.End && raw[end] is not ',' and not '.' and not ';' and not '\n' and not '(')
            {
                if (raw[end] == ' ') { words++; if (words >= 7) break; }
                end++;
            }
            var text = Domain.Parsing.PersonNameParser.StripTitles(LeadingArticle().Replace(doc.Slice(at, end - at), ""));
            foreach (var stop in new[] { " qui ", " lors ", " dans ", " en ne ", " en n'", " pour ", " car ", " n'", " ne ", " a commis", " est ", " sont ", " au cours ", " durant ", " pendant ", " : " })
            {
                int k = text.IndexOf(stop, StringComparison.OrdinalIgnoreCase);
                if (k > 0) text = text[..k];
            }
            if (text.Length < 2) continue;
            set.Add(Prose.At(doc, FieldKeys.ExpertiseFauteAuteur, text.Trim(), at, end - at, 0.6));
            return;
        }
    }

    /// <summary>
    /// Where the author's name starts: after the first lead of the sentence that introduces a name. A bare "de"
    /// introduces a name ("faute de Mme X"), not a noun ("faute de surveillance … imputable à la clinique X").
    /// </summary>
    private static int? AuthorStart(DocumentText doc, Sentence s)
    {
        foreach (Match m in AuthorLead().Matches(s.Folded))
        {
            int at = s.Start + m.Index + m.Length;
            if (m.Value.EndsWith(" de ", StringComparison.Ordinal) && at < doc.Raw.Length && !char.IsUpper(doc.Raw[at])) continue;
            return at;
        }
        return null;
    }

    /// <summary>"le Centre hospitalier X", "l'Hôpital X", "le Dr X": the article is not part of the name.</summary>
    [GeneratedRegex(@"^(?:(?:le|la|les)\s+|l['’])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();
}

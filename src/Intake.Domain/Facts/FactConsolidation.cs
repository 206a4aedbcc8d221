using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Rules;

namespace Intake.Domain.Facts;

/// <summary>
/// Builds a dossier's consolidated facts from its documents and reviewer corrections (docs/rules.md, precise
/// definition 5): a reviewer's latest correction wins; else the latest expert report stating the key; else the
/// claim form (for <c>victime.*</c> keys the form first, then the social-security certificate, the expert report,
/// then any other document); other keys come from the latest document stating them (identity papers about the
/// victim before the filer's). Sick-leave periods (<c>arret.periodes</c>) of every notice are put together.
/// </summary>
public static class FactConsolidation
{
    public static FactSet Consolidate(
        IReadOnlyList<DossierDocument> documents,
        IReadOnlyList<ReviewerCorrection> corrections,
        RuleSet? rules = null)
    {
        rules ??= RuleSet.Current;
        var fromDocuments = documents
            .Select((doc, index) => (doc, index))
            .SelectMany(x => FactsOf(x.doc, rules).Select(f => (fact: f, x.doc, x.index)))
            .GroupBy(x => x.fact.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Rank(g.Key, g.ToList()), StringComparer.Ordinal);

        foreach (var group in corrections.GroupBy(c => c.Key, StringComparer.Ordinal))
        {
            var reviewed = group
                .Select(c => (c, value: FactValues.Coerce(c.Key, c.Value)))
                .Where(x => x.value is not null)
                .OrderByDescending(x => x.c.When)
                .Select(x => new Fact(x.c.Key, x.value!, Provenance.FromReviewer(x.c.Who, x.c.When, x.c.Why)))
                .ToList();
            if (reviewed.Count == 0) continue;
            fromDocuments[group.Key] = [reviewed[0], .. fromDocuments.GetValueOrDefault(group.Key) ?? []];
        }
        return FactSet.FromCandidates(fromDocuments.Values);
    }

    /// <summary>The facts one document states: one per key, the most confident when a key is read twice.</summary>
    private static IEnumerable<Fact> FactsOf(DossierDocument doc, RuleSet rules) =>
        doc.Fields
            .Select(f => (field: f, value: FactValues.Coerce(f.Key, f.Value)))
            .Where(x => x.value is not null)
            .GroupBy(x => x.field.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(x => x.field.Confidence).First())
            .Select(x => new Fact(
                x.field.Key,
                x.value!,
                Provenance.FromDocument(doc.Id, doc.Type, x.field.Page, x.field.Box, x.field.Confidence))
            {
                LowConfidence = x.field.Confidence < rules.LowConfidenceThreshold,
            });

    private static IReadOnlyList<Fact> Rank(string key, List<(Fact fact, DossierDocument doc, int index)> candidates)
    {
        var ordered = candidates
            .OrderBy(x => SourceRank(key, x.doc))
            .ThenByDescending(x => x.doc.Received)
            .ThenByDescending(x => x.index)
            .ToList();
        if (key == "arret.periodes" && ordered.Count > 1)
            return [UnionOfPeriods(key, ordered.Select(x => x.fact).ToList()), .. ordered.Select(x => x.fact)];
        return ordered.Select(x => x.fact).ToList();
    }

    /// <summary>Lower is preferred; ties go to the latest document.</summary>
    private static int SourceRank(string key, DossierDocument doc)
    {
        string prefix = key[..(key.IndexOf('.') + 1)];
        return prefix switch
        {
            "expertise." => doc.Type == DocumentType.RapportExpertise ? 0 : 1,
            "victime." => doc.Type switch
            {
                DocumentType.DemandeIndemnisation => 0,
                DocumentType.AttestationSecuriteSociale => 1,
                DocumentType.RapportExpertise => 2,
                _ => 3,
            },
            "demandeur." or "avocat." or "faits." or "prejudice." or "procedures." or "signature." =>
                doc.Type == DocumentType.DemandeIndemnisation ? 0 : 1,
            "identite." => doc.About == DocumentSubject.Victime ? 0 : 1,
            _ => 0,
        };
    }

    /// <summary>All the periods of several documents as one fact (no single place on a page: no box).</summary>
    private static Fact UnionOfPeriods(string key, IReadOnlyList<Fact> facts)
    {
        var latest = facts[0];
        var periods = facts.SelectMany(f => f.AsPeriods ?? []).Distinct().OrderBy(p => p.Debut).ThenBy(p => p.Fin).ToList();
        var provenance = latest.Provenance! with
        {
            Box = null,
            Confidence = facts.Min(f => f.Provenance?.Confidence ?? 1),
        };
        return new Fact(key, periods, provenance) { LowConfidence = facts.Any(f => f.LowConfidence) };
    }
}

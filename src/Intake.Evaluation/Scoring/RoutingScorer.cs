using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Scoring.Normalisation;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// Per truth dossier: procedure, gravity outcome, likely payer and complete_date exact (0/1), flags F1 (docs/rules.md
/// vocabulary only) and missing-items F1 (by name); <c>routing</c> is the mean over truth dossiers of the mean of
/// those six, an unmatched truth dossier scoring 0 on each.
/// </summary>
public static class RoutingScorer
{
    public static DossierScores Score(
        IReadOnlyList<TruthDossier> truthDossiers, IReadOnlyList<DossierResult> predicted, IEnumerable<DocumentPair> documents)
    {
        var matches = DossierMatcher.Match(documents, predicted);
        var byId = new Dictionary<string, DossierResult>(StringComparer.Ordinal);
        foreach (var d in predicted) byId.TryAdd(d.Id, d);

        var perDossier = new List<DossierScore>();
        var flags = PrecisionRecall.Empty;
        var missing = PrecisionRecall.Empty;
        foreach (var truth in truthDossiers)
        {
            var truthFlags = FlagVocabulary.Filter(truth.Flags).ToList();
            var truthMissing = MissingNames(truth.Missing).ToList();
            if (!matches.TryGetValue(truth.Key, out var match))
            {
                perDossier.Add(new DossierScore(truth.Key, null, 0, 0, 0, 0, 0, 0, 0));
                flags += PrecisionRecall.OfSets(truthFlags, []);
                missing += PrecisionRecall.OfSets(truthMissing, []);
                continue;
            }
            var p = byId[match.PredictedId];
            var f = PrecisionRecall.OfSets(truthFlags, FlagVocabulary.Filter(p.Flags));
            var m = PrecisionRecall.OfSets(truthMissing, MissingNames(p.Missing.Select(x => x.Item)));
            flags += f;
            missing += m;
            perDossier.Add(new DossierScore(
                truth.Key, match.PredictedId, match.Shared,
                Procedure: Exact(truth.Procedure, p.Procedure),
                Gravity: Exact(truth.Gravity, p.Gravity.Outcome),
                LikelyPayer: Exact(truth.LikelyPayer, p.LikelyPayer),
                FlagsF1: f.F1,
                MissingF1: m.F1,
                CompleteDate: SameDate(truth.CompleteDate, p.CompleteDate)));
        }

        double? Mean(Func<DossierScore, double> component) => perDossier.Count == 0 ? null : perDossier.Average(component);
        return new DossierScores(
            truthDossiers.Count, predicted.Count, matches.Count,
            Mean(d => d.Procedure), Mean(d => d.Gravity), Mean(d => d.LikelyPayer),
            Mean(d => d.FlagsF1), Mean(d => d.MissingF1), Mean(d => d.CompleteDate), Mean(d => d.Score),
            flags, missing, perDossier);
    }

    private static IEnumerable<string> MissingNames(IEnumerable<string> items) =>
        items.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>Codes equal after case folding; null equals null (a truth "no procedure" is an answer).</summary>
    private static double Exact(string? expected, string? got)
    {
        if (string.IsNullOrWhiteSpace(expected)) return string.IsNullOrWhiteSpace(got) ? 1 : 0;
        return got is not null && TextFold.Fold(expected) == TextFold.Fold(got) ? 1 : 0;
    }

    private static double SameDate(string? expected, string? got)
    {
        if (string.IsNullOrWhiteSpace(expected)) return string.IsNullOrWhiteSpace(got) ? 1 : 0;
        if (string.IsNullOrWhiteSpace(got)) return 0;
        var e = ValueParsers.Date(expected);
        return e is not null ? (e == ValueParsers.Date(got) ? 1 : 0) : (expected.Trim() == got.Trim() ? 1 : 0);
    }
}

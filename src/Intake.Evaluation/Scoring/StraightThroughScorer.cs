using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Scoring.Normalisation;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// Straight-through dossiers: the share of truth dossiers a reviewer would not have had to correct at all. A truth
/// dossier is straight-through when it is matched to a predicted dossier, every one of its truth documents has a
/// predicted document with exactly its pages and type attached to that dossier with every truth field right, no
/// other document is attached to that dossier, and the routing is right in full (procedure, gravity, payer, flags,
/// missing items and complete date).
/// </summary>
public static class StraightThroughScorer
{
    public static Ratio Score(IReadOnlyList<TruthDossier> truthDossiers, IReadOnlyList<DocumentPair> documents,
        IReadOnlyList<FilePair> files, DossierScores routing)
    {
        var perDossier = routing.PerDossier.ToDictionary(d => d.TruthKey, StringComparer.Ordinal);
        var attached = files.SelectMany(f => f.PredictedDocuments).Where(d => d.Dossier is not null)
            .GroupBy(d => d.Dossier!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new Ratio(0, 0);
        foreach (var truth in truthDossiers)
        {
            bool ok = perDossier.TryGetValue(truth.Key, out var score) && score.PredictedId is not null && score.Score >= 1 - 1e-9;
            if (ok)
            {
                var own = documents.Where(d => d.Truth.Dossier == truth.Key).ToList();
                ok = own.All(d => Exact(d) && d.PredictedDossier == score!.PredictedId && FieldsRight(d))
                    && attached.GetValueOrDefault(score!.PredictedId!) == own.Count;
            }
            result += Ratio.Of(ok);
        }
        return result;
    }

    private static bool Exact(DocumentPair d) =>
        d.Predicted is { } p && p.First == d.Truth.First && p.Last == d.Truth.Last && p.Type == d.Truth.Type;

    private static bool FieldsRight(DocumentPair d) =>
        d.Truth.Fields.All(f => FieldComparer.Matches(f.Key, f.Value, d.Predicted?.Fields.GetValueOrDefault(f.Key)?.Value));
}

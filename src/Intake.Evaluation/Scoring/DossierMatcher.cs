using Intake.Evaluation.Results;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// Matches predicted dossiers one-to-one to truth dossiers by the truth documents they share, greedily: the pair
/// sharing most documents first (ties by truth key, then predicted id, ordinal). Only ids present in
/// <c>dossiers[]</c> of the results take part.
/// </summary>
public static class DossierMatcher
{
    /// <summary>Truth key → (predicted id, shared documents) for every matched truth dossier.</summary>
    public static IReadOnlyDictionary<string, (string PredictedId, int Shared)> Match(
        IEnumerable<DocumentPair> documents, IEnumerable<DossierResult> predictedDossiers)
    {
        var known = predictedDossiers.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var candidates = documents
            .Where(d => d.Truth.Dossier is not null && d.PredictedDossier is not null && known.Contains(d.PredictedDossier))
            .GroupBy(d => (Truth: d.Truth.Dossier!, Predicted: d.PredictedDossier!))
            .Select(g => (g.Key.Truth, g.Key.Predicted, Shared: g.Count()))
            .OrderByDescending(c => c.Shared)
            .ThenBy(c => c.Truth, StringComparer.Ordinal)
            .ThenBy(c => c.Predicted, StringComparer.Ordinal);

        var matches = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        var usedPredicted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (truth, predicted, shared) in candidates)
        {
            if (matches.ContainsKey(truth) || usedPredicted.Contains(predicted)) continue;
            matches[truth] = (predicted, shared);
            usedPredicted.Add(predicted);
        }
        return matches;
    }
}

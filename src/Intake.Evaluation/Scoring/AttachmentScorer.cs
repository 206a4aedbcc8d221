using Intake.Evaluation.Scoring.Model;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// Dossier attachment, pairwise over truth documents: a pair is "same" in the truth when both carry the same
/// non-null dossier label, and predicted "same" when both best-overlapping predicted documents carry the same
/// non-null dossier id (a null is never "same" as anything; unattached truth mail only gives negatives).
/// Counted through a contingency table, so large corpora cost O(documents).
/// </summary>
public static class AttachmentScorer
{
    public static PrecisionRecall Score(IEnumerable<DocumentPair> documents)
    {
        var docs = documents.ToList();
        long truthSame = SamePairs(docs.Where(d => d.Truth.Dossier is not null).GroupBy(d => d.Truth.Dossier));
        long predictedSame = SamePairs(docs.Where(d => d.PredictedDossier is not null).GroupBy(d => d.PredictedDossier));
        long both = SamePairs(docs.Where(d => d.Truth.Dossier is not null && d.PredictedDossier is not null)
            .GroupBy(d => (d.Truth.Dossier, d.PredictedDossier)));
        return new PrecisionRecall(both, predictedSame - both, truthSame - both);
    }

    private static long SamePairs<TKey>(IEnumerable<IGrouping<TKey, DocumentPair>> groups) =>
        groups.Sum(g => { long n = g.Count(); return n * (n - 1) / 2; });
}

using Intake.Evaluation.Scoring.Model;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// Split exact-match: a truth document is found when a predicted document of the same file has exactly its
/// [first, last]; every other predicted document of a truth file (over-splitting, or documents in a file the truth
/// says is broken) is a false positive. Over- and under-splitting cost the same.
/// </summary>
public static class SplitScorer
{
    public static PrecisionRecall Score(IEnumerable<FilePair> files)
    {
        var total = PrecisionRecall.Empty;
        foreach (var file in files)
        {
            var predicted = file.PredictedDocuments.Select(p => (p.First, p.Last)).ToList();
            var truth = file.Truth.Documents.Select(d => (d.First, d.Last)).ToList();
            int tp = 0;
            var unused = new List<(int, int)>(predicted);
            foreach (var range in truth)
                if (unused.Remove(range)) tp++;
            total += new PrecisionRecall(tp, predicted.Count - tp, truth.Count - tp);
        }
        return total;
    }
}

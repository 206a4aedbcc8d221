using Intake.Evaluation.Results;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Scoring;

/// <summary>A truth file with its result (null when the results do not mention it).</summary>
public sealed record FilePair(TruthFile Truth, FileResult? Predicted)
{
    /// <summary>The predicted documents; none for a missing or quarantined file.</summary>
    public IReadOnlyList<DocumentResult> PredictedDocuments =>
        Predicted is { IsQuarantined: false } p ? p.Documents : [];
}

/// <summary>A truth document with the predicted document of the same file that overlaps it most (null when none does).</summary>
public sealed record DocumentPair(FilePair File, TruthDocument Truth, DocumentResult? Predicted)
{
    public string? PredictedDossier => Predicted?.Dossier;
    public string Label => $"{Truth.Type} p.{Truth.First}-{Truth.Last}";
}

/// <summary>Pairs truth with results: files by relative path, documents by page overlap.</summary>
public static class DocumentPairing
{
    public static IReadOnlyList<FilePair> PairFiles(ResultsFile results, TruthSet truth)
    {
        var byPath = new Dictionary<string, FileResult>(StringComparer.Ordinal);
        foreach (var f in results.Files) byPath.TryAdd(PathKey.Normalize(f.Path), f);
        return truth.Files.Select(t => new FilePair(t, byPath.GetValueOrDefault(PathKey.Normalize(t.Path)))).ToList();
    }

    public static IReadOnlyList<DocumentPair> PairDocuments(IEnumerable<FilePair> files) =>
        files.SelectMany(f => f.Truth.Documents.Select(d => new DocumentPair(f, d, BestOverlap(d, f.PredictedDocuments)))).ToList();

    /// <summary>
    /// The predicted document sharing most pages with <paramref name="truth"/>; ties go to the one of the same type,
    /// then to the first in file order. Null when no predicted document shares a page.
    /// </summary>
    public static DocumentResult? BestOverlap(TruthDocument truth, IReadOnlyList<DocumentResult> predicted)
    {
        DocumentResult? best = null;
        int bestOverlap = 0;
        bool bestSameType = false;
        foreach (var p in predicted)
        {
            int overlap = Overlap(truth.First, truth.Last, p.First, p.Last);
            bool sameType = p.Type == truth.Type;
            if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && sameType && !bestSameType))
            {
                best = p;
                bestOverlap = overlap;
                bestSameType = sameType;
            }
        }
        return best;
    }

    public static int Overlap(int first1, int last1, int first2, int last2) =>
        Math.Max(0, Math.Min(last1, last2) - Math.Max(first1, first2) + 1);
}

using Intake.Evaluation.Scoring.Model;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// Field accuracy per source kind of the truth documents (<see cref="SourceKind"/>): the same rules as
/// <see cref="FieldScorer"/>, split by whether the document's pages are born-digital, scanned or both.
/// </summary>
public static class SourceKindScorer
{
    public static SortedDictionary<string, SourceKindScore> Score(IEnumerable<DocumentPair> documents, PageOrigins origins)
    {
        var byKind = new SortedDictionary<string, SourceKindScore>(StringComparer.Ordinal);
        foreach (var group in documents.GroupBy(d => SourceKind.Of(d.File.Truth.Path, d.Truth, origins)))
        {
            var list = group.ToList();
            byKind[group.Key] = new SourceKindScore(list.Count, FieldScorer.Score(list).Overall);
        }
        return byKind;
    }
}

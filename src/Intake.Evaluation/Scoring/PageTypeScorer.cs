using Intake.Evaluation.Scoring.Model;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// Page type accuracy: every page covered by a truth document has that document's type (a blank page inside a
/// document counts for it); it is right when the predicted document covering the same page has the same type.
/// </summary>
public static class PageTypeScorer
{
    public static (Ratio Overall, SortedDictionary<string, Ratio> ByType) Score(IEnumerable<FilePair> files)
    {
        var overall = new Ratio(0, 0);
        var byType = new SortedDictionary<string, Ratio>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var truthType = new Dictionary<int, string>();
            foreach (var d in file.Truth.Documents)
                for (int page = d.First; page <= d.Last; page++) truthType.TryAdd(page, d.Type);

            foreach (var (page, type) in truthType)
            {
                var predicted = file.PredictedDocuments.FirstOrDefault(p => p.First <= page && page <= p.Last);
                var r = Ratio.Of(predicted?.Type == type);
                overall += r;
                byType[type] = byType.TryGetValue(type, out var acc) ? acc + r : r;
            }
        }
        return (overall, byType);
    }
}

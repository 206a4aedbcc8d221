using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Scoring.Normalisation;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// Field accuracy: every truth field counts, compared with the same key of the predicted document overlapping
/// the truth document most; a field not output is wrong; extra predicted fields cost nothing.
/// </summary>
public static class FieldScorer
{
    public const int MaxWrongListed = 300;

    public static FieldScores Score(IEnumerable<DocumentPair> documents)
    {
        var overall = new Ratio(0, 0);
        var perKey = new SortedDictionary<string, Ratio>(StringComparer.Ordinal);
        var perType = new SortedDictionary<string, Ratio>(StringComparer.Ordinal);
        var wrong = new List<WrongField>();
        int wrongCount = 0;

        foreach (var doc in documents)
        {
            foreach (var (key, expected) in doc.Truth.Fields)
            {
                var got = doc.Predicted?.Fields.GetValueOrDefault(key);
                bool ok = FieldComparer.Matches(key, expected, got?.Value);
                var r = Ratio.Of(ok);
                overall += r;
                perKey[key] = perKey.TryGetValue(key, out var k) ? k + r : r;
                perType[doc.Truth.Type] = perType.TryGetValue(doc.Truth.Type, out var t) ? t + r : r;
                if (ok) continue;
                wrongCount++;
                if (wrong.Count < MaxWrongListed)
                    wrong.Add(new WrongField(doc.File.Truth.Path, doc.Label, key, expected?.ToJsonString(),
                        got is null ? null : got.Value?.ToJsonString() ?? "null"));
            }
        }
        return new FieldScores(overall, perKey, perType, wrongCount, wrong);
    }
}

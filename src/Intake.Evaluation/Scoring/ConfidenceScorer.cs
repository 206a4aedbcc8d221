using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Scoring.Normalisation;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// How far the confidences can be trusted. A "confident error" is a wrong reading at or above the review threshold,
/// the kind the dashboard does not send to a person first: a truth page whose covering predicted document has the
/// wrong type with a type confidence at or above <see cref="ConfidenceThresholds.DocumentType"/>, or a wrong field
/// value output with a confidence at or above <see cref="ConfidenceThresholds.Field"/> (a value not output at all
/// is not confident). The review load is the share of right readings below the thresholds (checked for nothing).
/// </summary>
public static class ConfidenceScorer
{
    public static ConfidenceScores Score(IReadOnlyList<FilePair> files, IEnumerable<DocumentPair> documents, ConfidenceThresholds thresholds)
    {
        int pages = 0, pagesConfidentWrong = 0, pagesRightBelow = 0, pagesRight = 0;
        foreach (var file in files)
        {
            var truthType = new Dictionary<int, string>();
            foreach (var d in file.Truth.Documents)
                for (int page = d.First; page <= d.Last; page++) truthType.TryAdd(page, d.Type);
            foreach (var (page, type) in truthType)
            {
                pages++;
                var predicted = file.PredictedDocuments.FirstOrDefault(p => p.First <= page && page <= p.Last);
                if (predicted is null) continue;
                bool confident = (predicted.TypeConfidence ?? 1) >= thresholds.DocumentType;
                if (predicted.Type != type) { if (confident) pagesConfidentWrong++; }
                else { pagesRight++; if (!confident) pagesRightBelow++; }
            }
        }

        int fields = 0, fieldsConfidentWrong = 0, fieldsRightBelow = 0, fieldsRight = 0;
        var bins = new int[ConfidenceBins.Count, 2];
        foreach (var doc in documents)
            foreach (var (key, expected) in doc.Truth.Fields)
            {
                fields++;
                var got = doc.Predicted?.Fields.GetValueOrDefault(key);
                if (got is null) continue;
                bool ok = FieldComparer.Matches(key, expected, got.Value);
                bool confident = got.Confidence >= thresholds.Field;
                int bin = ConfidenceBins.Of(got.Confidence);
                bins[bin, 0]++;
                if (ok) { bins[bin, 1]++; fieldsRight++; if (!confident) fieldsRightBelow++; }
                else if (confident) fieldsConfidentWrong++;
            }

        var reliability = Enumerable.Range(0, ConfidenceBins.Count)
            .Select(b => new ReliabilityBin(ConfidenceBins.Lower(b), ConfidenceBins.Upper(b), bins[b, 0], bins[b, 1]))
            .ToList();
        return new ConfidenceScores(thresholds,
            new Ratio(pagesConfidentWrong, pages), new Ratio(fieldsConfidentWrong, fields),
            new Ratio(pagesConfidentWrong + fieldsConfidentWrong, pages + fields),
            new Ratio(pagesRightBelow, pagesRight), new Ratio(fieldsRightBelow, fieldsRight), reliability);
    }
}

/// <summary>Confidence bins of the reliability table: [0, 0.5), [0.5, 0.6), … [0.9, 1].</summary>
public static class ConfidenceBins
{
    private static readonly double[] Bounds = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0000001];
    public static int Count => Bounds.Length - 1;
    public static double Lower(int bin) => Bounds[bin];
    public static double Upper(int bin) => Math.Min(1, Bounds[bin + 1]);
    public static int Of(double confidence) =>
        Math.Clamp(Array.FindLastIndex(Bounds, b => confidence >= b), 0, Count - 1);
}

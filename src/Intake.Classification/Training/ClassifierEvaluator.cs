using Intake.Classification.Model;

namespace Intake.Classification.Training;

/// <summary>Measures a classifier on labelled pages (blank pages are skipped: they have no type).</summary>
public static class ClassifierEvaluator
{
    public static ClassifierMetrics Evaluate(PageClassifier classifier, IEnumerable<TrainingPage> pages)
    {
        var pairs = pages
            .Where(p => !p.IsBlank)
            .Select(p => (Truth: p.Type, Predicted: classifier.Predict(p.Text, p.MeanConfidence)))
            .Where(x => !x.Predicted.IsBlank)
            .Select(x => (x.Truth, Predicted: x.Predicted.Type))
            .ToArray();
        return Compute(pairs);
    }

    public static ClassifierMetrics Compute(IReadOnlyList<(string Truth, string Predicted)> pairs)
    {
        if (pairs.Count == 0) return ClassifierMetrics.Empty;
        var types = pairs.SelectMany(p => new[] { p.Truth, p.Predicted }).Distinct().OrderBy(t => t, StringComparer.Ordinal);
        var perClass = new Dictionary<string, ClassMetrics>();
        foreach (var t in types)
        {
            int tp = pairs.Count(p => p.Truth == t && p.Predicted == t);
            int predicted = pairs.Count(p => p.Predicted == t);
            int support = pairs.Count(p => p.Truth == t);
            double precision = predicted == 0 ? 0 : (double)tp / predicted;
            double recall = support == 0 ? 0 : (double)tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass[t] = new ClassMetrics(precision, recall, f1, support);
        }
        double accuracy = (double)pairs.Count(p => p.Truth == p.Predicted) / pairs.Count;
        return new ClassifierMetrics(accuracy, perClass.Values.Average(m => m.F1), perClass, pairs.Count);
    }
}

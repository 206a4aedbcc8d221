using Intake.Classification.Features;
using Intake.Classification.Model;
using Intake.Classification.Store;
using Intake.Domain.Documents;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Intake.Classification.Training;

/// <summary>
/// Trains the page-type model (SDCA maximum entropy over the type codes, types balanced) and the boundary model
/// (SDCA logistic regression: does this page open a new document, given the page before it), on the labelled pages
/// plus an augmented copy of them (<see cref="PageAugmenter"/>), then fits the type model's calibration temperature
/// on held-out documents. Deterministic for a given seed.
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>The label set every model scores, in score order.</summary>
    public static IReadOnlyList<string> Labels => DocumentType.All;

    /// <summary>One non-blank page in its stream, with what its row needs.</summary>
    private sealed record Example(int Document, TrainingPage Page, PageFeatures Features, PageSummary? Previous, string? PreviousType, int BlanksBetween, bool IsFirst);

    /// <param name="pages">Labelled pages in the order of their files (consecutive documents follow each other).</param>
    public static TrainingResult Train(IEnumerable<TrainingPage> pages, TrainingOptions options)
    {
        var all = pages.ToArray();
        var unknown = all.Select(p => p.Type).Where(t => !DocumentType.IsKnown(t)).Distinct().ToArray();
        if (unknown.Length > 0) throw new ArgumentException($"Unknown document types: {string.Join(", ", unknown)}", nameof(pages));
        string dataHash = TrainingDataHash.Compute(all);

        var documents = HeldOutSplit.Documents(all);
        var heldOutDocuments = HeldOutSplit.HeldOutDocuments(documents, options.HeldOutFraction, options.Seed);
        var augmentRng = new Random(options.Seed);
        var streams = new List<IReadOnlyList<TrainingPage>[]> { documents.ToArray() };
        for (int copy = 0; copy < options.AugmentedCopies; copy++)
            streams.Add(documents.Select(d => (IReadOnlyList<TrainingPage>)d.Select(p => Augmented(p, augmentRng, options.AugmentRate)).ToArray()).ToArray());
        var examples = streams.SelectMany(Examples).ToList();

        var training = examples.Where(e => !heldOutDocuments.Contains(e.Document)).ToList();
        if (training.Count == 0) throw new ArgumentException("No non-blank training page.", nameof(pages));
        var weights = TypeWeights(training, options.BalanceTypes);

        var ml = new MLContext(options.Seed);
        var rows = training.Select(e => PageClassifier.ToRow(e.Features, e.Previous, e.BlanksBetween, e.Page.Type, e.IsFirst, weights[e.Page.Type])).ToArray();
        var data = ml.Data.LoadFromEnumerable(rows);
        var typeModel = TypeEstimator(ml, options).Fit(data);
        ITransformer? boundaryModel = null;
        var pairRows = training.Where(e => e.Previous != null).Select(e => PageClassifier.ToRow(e.Features, e.Previous, e.BlanksBetween, e.Page.Type, e.IsFirst)).ToArray();
        if (options.TrainBoundaryModel && pairRows.Any(r => r.IsFirst) && pairRows.Any(r => !r.IsFirst))
            boundaryModel = BoundaryEstimator(ml, options).Fit(ml.Data.LoadFromEnumerable(pairRows));

        var uncalibrated = new PageClassifier(ml, typeModel, boundaryModel, data.Schema, Labels);
        var heldOutExamples = examples.Where(e => heldOutDocuments.Contains(e.Document)).ToList();
        double temperature = TemperatureScaling.Fit(heldOutExamples
            .Select(e => (uncalibrated.RawScores(PageClassifier.ToRow(e.Features, e.Previous, e.BlanksBetween)), IndexOf(e.Page.Type)))
            .ToArray());
        var sameType = boundaryModel is null ? new Dictionary<string, double>() : SameTypeBoundaryFit.Fit(heldOutExamples
            .Where(e => e.Previous is not null && e.PreviousType == e.Page.Type)
            .Select(e => (e.Page.Type, uncalibrated.RawBoundary(PageClassifier.ToRow(e.Features, e.Previous, e.BlanksBetween)), e.IsFirst)));
        var classifier = uncalibrated.WithCalibration(temperature, sameType);
        uncalibrated.Dispose();

        var heldOutPages = documents.Where((_, i) => heldOutDocuments.Contains(i)).SelectMany(d => d).ToArray();
        var metrics = heldOutPages.Length == 0 ? ClassifierMetrics.Empty : ClassifierEvaluator.Evaluate(classifier, heldOutPages);
        var metadata = new ModelMetadata(ModelMetadata.CurrentFormatVersion, Labels.ToArray(), dataHash, options.TrainedAt,
            options.Seed, rows.Length, metrics, boundaryModel != null, temperature, sameType);
        return new TrainingResult(classifier, metadata, heldOutPages);
    }

    private static int IndexOf(string type) => Labels.ToList().IndexOf(type);

    private static TrainingPage Augmented(TrainingPage page, Random rng, double rate) =>
        page.IsBlank || rng.NextDouble() >= rate ? page : page with { Text = PageAugmenter.Augment(page.Text, rng) };

    /// <summary>The non-blank pages of a stream of documents, each with the previous non-blank page of the stream.</summary>
    private static IEnumerable<Example> Examples(IReadOnlyList<TrainingPage>[] documents)
    {
        PageSummary? previous = null;
        string? previousType = null;
        int blanks = 0;
        for (int d = 0; d < documents.Length; d++)
        {
            bool first = true;
            foreach (var page in documents[d])
            {
                if (page.IsBlank || BlankPageDetector.IsBlankText(page.Text)) { blanks++; continue; }
                var features = PageFeatureExtractor.Extract(page.Text, page.MeanConfidence);
                yield return new Example(d, page, features, previous, previousType, blanks, first);
                previous = features.Summary;
                previousType = page.Type;
                blanks = 0;
                first = false;
            }
        }
    }

    /// <summary>
    /// Per-type example weights, the square root of the inverse frequency (normalised to a mean of 1): rare types
    /// (a death certificate) are not drowned by frequent ones (expert reports of many pages), without letting a few
    /// examples dominate.
    /// </summary>
    private static Dictionary<string, float> TypeWeights(IReadOnlyList<Example> examples, bool balance)
    {
        var counts = examples.GroupBy(e => e.Page.Type).ToDictionary(g => g.Key, g => g.Count());
        if (!balance) return counts.Keys.ToDictionary(k => k, _ => 1f);
        var raw = counts.ToDictionary(c => c.Key, c => Math.Sqrt((double)examples.Count / (counts.Count * c.Value)));
        double mean = examples.Average(e => raw[e.Page.Type]);
        return raw.ToDictionary(r => r.Key, r => (float)(r.Value / mean));
    }

    private static IEstimator<ITransformer> TypeEstimator(MLContext ml, TrainingOptions options)
    {
        // Fixed key order: the score vector always follows DocumentType.All, whatever types the data holds.
        var keys = ml.Data.LoadFromEnumerable(Labels.Select(l => new LabelRow { Label = l }));
        return ml.Transforms.Conversion.MapValueToKey(nameof(PageRow.Label), nameof(PageRow.Label), keyData: keys)
            .Append(FeaturePipeline.PageType(ml))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(PageRow.Label),
                FeatureColumnName = FeaturePipeline.Features,
                ExampleWeightColumnName = nameof(PageRow.Weight),
                NumberOfThreads = 1,
                MaximumNumberOfIterations = options.MaximumIterations,
                L2Regularization = options.L2Regularization,
                ConvergenceTolerance = options.ConvergenceTolerance,
            }));
    }

    private static IEstimator<ITransformer> BoundaryEstimator(MLContext ml, TrainingOptions options) =>
        FeaturePipeline.Boundary(ml)
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(PageRow.IsFirst),
                FeatureColumnName = FeaturePipeline.Features,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = options.MaximumIterations,
                L2Regularization = options.BoundaryL2Regularization,
                ConvergenceTolerance = options.ConvergenceTolerance,
            }));
}

/// <summary>A one-column row for the fixed label key set (ML.NET binds it by reflection).</summary>
public sealed class LabelRow
{
    public string Label { get; set; } = string.Empty;
}

using Intake.Classification.Features;
using Intake.Classification.Model;
using Intake.Classification.Store;
using Intake.Domain.Documents;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Intake.Classification.Training;

/// <summary>
/// Trains the page-type model (SDCA maximum entropy over the 13 type codes) and the "opens a new document"
/// model (SDCA logistic regression), deterministically for a given seed, and measures them on held-out documents.
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>The label set every model scores, in score order.</summary>
    public static IReadOnlyList<string> Labels => DocumentType.All;

    public static TrainingResult Train(IEnumerable<TrainingPage> pages, TrainingOptions options)
    {
        var all = pages.ToArray();
        var unknown = all.Select(p => p.Type).Where(t => !DocumentType.IsKnown(t)).Distinct().ToArray();
        if (unknown.Length > 0) throw new ArgumentException($"Unknown document types: {string.Join(", ", unknown)}", nameof(pages));
        string dataHash = TrainingDataHash.Compute(all);

        var (train, heldOut) = HeldOutSplit.Split(all, options.HeldOutFraction, options.Seed);
        var usable = train.Where(p => !p.IsBlank && !BlankPageDetector.IsBlankText(p.Text)).ToArray();
        if (usable.Length == 0) throw new ArgumentException("No non-blank training page.", nameof(pages));

        var ml = new MLContext(options.Seed);
        var rows = usable.Select(p => PageClassifier.ToRow(
            PageFeatureExtractor.Extract(p.Text, p.MeanConfidence, p.PageIndex, p.PageCount),
            p.PageIndex, p.PageCount, p.Type, p.IsFirstPage)).ToArray();
        var data = ml.Data.LoadFromEnumerable(rows);

        var typeModel = TypeEstimator(ml, options).Fit(data);
        ITransformer? firstPageModel = null;
        if (options.TrainFirstPageModel && rows.Any(r => r.IsFirst) && rows.Any(r => !r.IsFirst))
            firstPageModel = FirstPageEstimator(ml, options).Fit(data);

        var classifier = new PageClassifier(ml, typeModel, firstPageModel, data.Schema, Labels);
        var metrics = heldOut.Count == 0 ? ClassifierMetrics.Empty : ClassifierEvaluator.Evaluate(classifier, heldOut);
        var metadata = new ModelMetadata(ModelMetadata.CurrentFormatVersion, Labels.ToArray(), dataHash, options.TrainedAt,
            options.Seed, usable.Length, metrics, firstPageModel != null);
        return new TrainingResult(classifier, metadata, heldOut);
    }

    private static IEstimator<ITransformer> TypeEstimator(MLContext ml, TrainingOptions options)
    {
        // Fixed key order: the score vector always follows DocumentType.All, whatever types the data holds.
        var keys = ml.Data.LoadFromEnumerable(Labels.Select(l => new LabelRow { Label = l }));
        return ml.Transforms.Conversion.MapValueToKey(nameof(PageRow.Label), nameof(PageRow.Label), keyData: keys)
            .Append(FeaturePipeline.Build(ml, withPosition: true))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(PageRow.Label),
                FeatureColumnName = FeaturePipeline.Features,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = options.MaximumIterations,
                L2Regularization = options.L2Regularization,
                ConvergenceTolerance = options.ConvergenceTolerance,
            }));
    }

    private static IEstimator<ITransformer> FirstPageEstimator(MLContext ml, TrainingOptions options) =>
        // No position token: training pages often carry their index in the document, which would leak the answer.
        FeaturePipeline.Build(ml, withPosition: false)
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(PageRow.IsFirst),
                FeatureColumnName = FeaturePipeline.Features,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = options.MaximumIterations,
                L2Regularization = options.L2Regularization,
                ConvergenceTolerance = options.ConvergenceTolerance,
            }));
}

/// <summary>A one-column row for the fixed label key set (ML.NET binds it by reflection).</summary>
public sealed class LabelRow
{
    public string Label { get; set; } = string.Empty;
}

using Intake.Classification.Store;

namespace Intake.Classification.Training;

/// <summary>What a retraining run did.</summary>
/// <param name="Trained">False when the stored model was already trained on exactly this data.</param>
/// <param name="Replace">The store's decision when a candidate was trained; null when skipped.</param>
/// <param name="Metadata">Metadata of the model stored after the run.</param>
public sealed record RetrainingOutcome(bool Trained, ReplaceOutcome? Replace, ModelMetadata? Metadata);

/// <summary>The retraining workflow: skip unchanged data, train, keep the stored model unless the candidate is not worse.</summary>
public static class ClassifierRetraining
{
    public static RetrainingOutcome RetrainIfChanged(ModelStore store, IReadOnlyList<TrainingPage> pages, TrainingOptions options)
    {
        if (store.IsUpToDate(TrainingDataHash.Compute(pages)))
            return new RetrainingOutcome(false, null, store.ReadMetadata());
        var candidate = ClassifierTrainer.Train(pages, options);
        using (candidate.Classifier)
        {
            var outcome = store.ReplaceIfNotWorse(candidate, candidate.HeldOutPages);
            return new RetrainingOutcome(true, outcome, store.ReadMetadata());
        }
    }
}

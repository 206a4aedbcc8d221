using Intake.Classification.Store;
using Intake.Classification.Training;

namespace Intake.App.Training;

/// <summary>Train → compare on held-out pages → replace atomically only when not worse.</summary>
public static class ModelTraining
{
    public static string TrainAndReplace(string modelsDir, IReadOnlyList<TrainingPage> pages, bool force, DateTimeOffset now)
    {
        var store = new ModelStore(modelsDir);
        var hash = TrainingDataHash.Compute(pages);
        if (!force && store.IsUpToDate(hash))
            return $"model up to date (training data {hash[..12]} unchanged): nothing to do";
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var result = ClassifierTrainer.Train(pages, new TrainingOptions { TrainedAt = now, Seed = 1 });
        var trained = sw.Elapsed.TotalSeconds;
        if (force)
        {
            store.Save(result);
            return $"trained on {pages.Count} pages in {trained:0.0} s; held-out accuracy {result.Metadata.HeldOut.Accuracy:P2}; saved (forced)";
        }
        var outcome = store.ReplaceIfNotWorse(result, result.HeldOutPages);
        return $"trained on {pages.Count} pages in {trained:0.0} s; {(outcome.Replaced ? "replaced" : "kept the current model")}: {outcome.Reason}";
    }
}

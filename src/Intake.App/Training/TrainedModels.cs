using Intake.App.Hosting;
using Intake.Classification.Store;

namespace Intake.App.Training;

/// <summary>
/// Where models go. The page classifier shipped in the repository's models/ folder is trained on generated
/// pages only; a model trained on reviewer-confirmed documents has a vocabulary taken from real mail (health
/// data), so it lives in INTAKE_HOME/models (<see cref="IntakeSettings.TrainedModelsDir"/>), never in the
/// tracked folder. The workers load it from there once it exists.
/// </summary>
public static class TrainedModels
{
    /// <summary>The folder a model trained on real pages is written to; refuses a folder that is the shipped one.</summary>
    public static string TargetFor(IntakeSettings settings)
    {
        var target = Path.GetFullPath(settings.TrainedModelsDir);
        if (string.Equals(target.TrimEnd('/'), Path.GetFullPath(settings.ModelsDir).TrimEnd('/'), StringComparison.Ordinal))
            throw new InvalidOperationException($"INTAKE_HOME/models is the shipped models folder ({target}): a model trained on real pages may not go there.");
        var store = new ModelStore(target);
        if (!store.Exists && new ModelStore(settings.ModelsDir) is { Exists: true } shipped)
        {
            // The shipped model is the one to beat: a new model replaces it only if not worse on held-out pages.
            Directory.CreateDirectory(target);
            File.Copy(shipped.ModelPath, store.ModelPath, overwrite: true);
            File.Copy(shipped.MetadataPath, store.MetadataPath, overwrite: true);
        }
        return target;
    }

    /// <summary>The models folder the pipeline loads: the locally trained one when it holds a model, else the shipped one.</summary>
    public static string ToLoad(IntakeSettings settings) =>
        new ModelStore(settings.TrainedModelsDir).Exists ? settings.TrainedModelsDir : settings.ModelsDir;
}

using Intake.App.Hosting;
using Intake.App.Training;
using Intake.Classification.Store;
using Intake.Classification.Training;
using Intake.Pipeline.Storage;

namespace Intake.App.Cli;

/// <summary>
/// `intake train [--pages N] [--no-db] [--force]`: rebuilds the page classifier from generated pages plus
/// reviewer-confirmed documents, and replaces the model only if the new one is not worse on the held-out pages
/// (or with --force). Skips the work when the training data has not changed. With --no-db the model is the
/// shipped one (models/); with the database it holds real pages' vocabulary and goes to INTAKE_HOME/models
/// (<see cref="TrainedModels"/>), never to the tracked folder.
/// </summary>
public static class TrainCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var args = new Args(argv);
        var settings = IntakeSettings.From(IntakeSettings.Load([]) is var c && args.Has("--no-db")
            ? new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DB"] = "Host=none" }).AddConfiguration(c).Build()
            : c);
        var pages = TrainingData.Generated(args.GetInt("--pages", TrainingData.DefaultGeneratedPages)).ToList();
        if (!args.Has("--no-db"))
        {
            await using var db = new Database(settings.ConnectionString);
            await Migrator.MigrateAsync(db);
            var confirmed = await TrainingData.ConfirmedAsync(db);
            Console.WriteLine($"{confirmed.Count} reviewer-confirmed pages from the database");
            pages.AddRange(confirmed);
        }
        // Generated pages only: the shipped model (models/). With the database: real pages, so INTAKE_HOME/models.
        var target = args.Has("--no-db") ? settings.ModelsDir : TrainedModels.TargetFor(settings);
        var outcome = ModelTraining.TrainAndReplace(target, pages, force: args.Has("--force"), DateTimeOffset.UtcNow);
        Console.WriteLine($"{outcome} ({target})");
        return 0;
    }
}

using Intake.App.Hosting;
using Intake.App.Training;
using Intake.Classification.Store;
using Intake.Classification.Training;
using Intake.Pipeline.Storage;

namespace Intake.App.Cli;

/// <summary>
/// `intake train [--pages N] [--no-db] [--force]`: rebuilds the page classifier from generated pages plus
/// reviewer-confirmed documents, and replaces models/page-classifier.zip only if the new model is not worse
/// on the held-out pages (or with --force). Skips the work when the training data has not changed.
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
        var outcome = ModelTraining.TrainAndReplace(settings.ModelsDir, pages, force: args.Has("--force"), DateTimeOffset.UtcNow);
        Console.WriteLine(outcome);
        return 0;
    }
}

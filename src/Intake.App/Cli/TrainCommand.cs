using System.CommandLine;
using Intake.App.Hosting;
using Intake.App.Training;
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
    public static Command Verb()
    {
        var pages = CliOptions.Count("--pages", "generated training pages", TrainingData.DefaultGeneratedPages);
        var noDb = CliOptions.Flag("--no-db", "generated pages only: no database, no reviewer-confirmed documents");
        var force = CliOptions.Flag("--force", "replace the model even when it is up to date or not better");
        var command = new Command("train", "rebuild the page classifier (models/ with --no-db, else INTAKE_HOME/models); replaced only if not worse on held-out pages") { pages, noDb, force };
        command.SetAction((r, ct) => RunAsync(r.GetValue(pages), r.GetValue(noDb), r.GetValue(force), ct));
        return command;
    }

    public static async Task<int> RunAsync(int generatedPages, bool noDb, bool force, CancellationToken ct)
    {
        var settings = noDb ? IntakeSettings.WithoutDatabase() : IntakeSettings.FromEnvironment();
        var pages = TrainingData.Generated(generatedPages).ToList();
        if (!noDb)
        {
            await using var db = new Database(settings.ConnectionString);
            await Migrator.MigrateAsync(db, ct);
            var confirmed = await TrainingData.ConfirmedAsync(db, ct);
            Console.WriteLine($"{confirmed.Count} reviewer-confirmed pages from the database");
            pages.AddRange(confirmed);
        }
        // Generated pages only: the shipped model (models/). With the database: real pages, so INTAKE_HOME/models.
        var target = noDb ? settings.ModelsDir : TrainedModels.TargetFor(settings);
        var outcome = ModelTraining.TrainAndReplace(target, pages, force, DateTimeOffset.UtcNow);
        Console.WriteLine($"{outcome} ({target})");
        return 0;
    }
}

using System.CommandLine;
using Intake.App.Hosting;
using Intake.App.Training;
using Intake.Pipeline.Storage;

namespace Intake.App.Cli;

/// <summary>
/// `intake train [--pages N] [--no-db] [--force]`: rebuilds the page classifier from generated pages plus
/// reviewer-confirmed documents, and replaces models/page-classifier.zip only if the new model is not worse
/// on the held-out pages (or with --force). Skips the work when the training data has not changed. A bad value
/// (`--pages notanumber`, `--pages 0`) is a usage error: nothing is trained.
/// </summary>
public static class TrainCommand
{
    public static Command Verb()
    {
        var pages = CliOptions.Count("--pages", "generated training pages", TrainingData.DefaultGeneratedPages);
        var noDb = CliOptions.Flag("--no-db", "generated pages only: no database, no reviewer-confirmed documents");
        var force = CliOptions.Flag("--force", "replace the model even when it is up to date or not better");
        var command = new Command("train", "rebuild the page classifier (models/); replaced only if not worse on held-out pages") { pages, noDb, force };
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
        var outcome = ModelTraining.TrainAndReplace(settings.ModelsDir, pages, force, DateTimeOffset.UtcNow);
        Console.WriteLine(outcome);
        return 0;
    }
}

using Intake.App.Eval;
using Intake.App.Hosting;
using Intake.Evaluation.Report;
using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Truth;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Storage;

namespace Intake.App.Cli;

/// <summary>`intake eval --inbox DIR --out DIR [--truth DIR]` (shared/contracts/evaluation.md).</summary>
public static class EvalCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var args = new Args(argv);
        string inbox, outDir;
        try
        {
            inbox = Path.GetFullPath(args.Require("--inbox"));
            outDir = Path.GetFullPath(args.Require("--out"));
        }
        catch (CliUsageException e)
        {
            await Console.Error.WriteLineAsync($"intake eval: {e.Message}\nusage: intake eval --inbox DIR --out DIR [--truth DIR]");
            return 2;
        }
        if (!Directory.Exists(inbox))
        {
            await Console.Error.WriteLineAsync($"intake eval: inbox folder not found: {inbox}");
            return 2;
        }
        var truthDir = args.Get("--truth") is string t ? Path.GetFullPath(t) : null;

        var config = IntakeSettings.Load([]);
        var baseSettings = IntakeSettings.From(config);
        // A fresh database on the configured server, and fresh folders under --out.
        var dbName = $"intake_eval_{DateTime.UtcNow:yyyyMMddHHmmss}_{Environment.ProcessId}";
        await Database.CreateDatabaseAsync(baseSettings.ConnectionString, dbName);
        var work = Path.Combine(outDir, "work");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var settings = baseSettings with
        {
            ConnectionString = Database.WithDatabase(baseSettings.ConnectionString, dbName),
            Home = work,
            Inbox = Path.Combine(work, "inbox"),
        };
        Console.WriteLine($"intake eval: {inbox} → {outDir} (database {dbName})");

        var services = new ServiceCollection()
            .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .AddIntakePipeline(settings)
            .AddSingleton<IJobQueue, EvalRunner.InlineQueue>()
            .BuildServiceProvider();
        await using (services)
        {
            await Migrator.MigrateAsync(services.GetRequiredService<Database>());
            var results = await new EvalRunner(services, settings).RunAsync(inbox, Console.Out, CancellationToken.None);
            Directory.CreateDirectory(outDir);
            results.Save(Path.Combine(outDir, ResultsFile.FileName));
            Console.WriteLine($"results: {Path.Combine(outDir, ResultsFile.FileName)} ({results.Files.Count} files, {results.Dossiers.Count} dossiers, {results.Timing.WallSeconds:0.0} s)");
            if (truthDir is not null)
            {
                var scores = Scorer.Score(results, TruthSet.Load(truthDir));
                ScoresFile.Save(scores, Path.Combine(outDir, ScoresFile.FileName));
                ScoreReport.Print(scores, Console.Out);
            }
        }
        return 0;
    }
}

using Intake.App.Eval;
using Intake.App.Hosting;
using Intake.Evaluation.Report;
using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Truth;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Storage;

namespace Intake.App.Cli;

/// <summary>
/// `intake eval --inbox DIR --out DIR [--truth DIR] [--keep-db]` (docs/evaluation.md). The run's
/// scratch database is dropped at the end, success or failure, unless --keep-db is given.
/// </summary>
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
            await Console.Error.WriteLineAsync($"intake eval: {e.Message}\nusage: intake eval --inbox DIR --out DIR [--truth DIR] [--keep-db]\n  --keep-db  keep the run's scratch database intake_eval_… (dropped at the end otherwise)");
            return 2;
        }
        if (!Directory.Exists(inbox))
        {
            await Console.Error.WriteLineAsync($"intake eval: inbox folder not found: {inbox}");
            return 2;
        }
        var truthDir = args.Get("--truth") is string t ? Path.GetFullPath(t) : null;
        if (truthDir is not null && !Directory.Exists(truthDir))
        {
            await Console.Error.WriteLineAsync($"intake eval: truth folder not found: {truthDir}");
            return 2;
        }

        var config = IntakeSettings.Load([]);
        var baseSettings = IntakeSettings.From(config);
        using var stop = new StopOnSignal("eval");
        // A fresh database on the configured server (dropped at the end unless --keep-db), and fresh folders under --out.
        await using var scratch = await ScratchDatabase.CreateAsync(baseSettings.ConnectionString, "eval", args.Has("--keep-db"), Console.Out);
        var work = Path.Combine(outDir, "work");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var settings = baseSettings with
        {
            ConnectionString = scratch.ConnectionString,
            Home = work,
            Inbox = Path.Combine(work, "inbox"),
        };
        Console.WriteLine($"intake eval: {inbox} → {outDir} (database {scratch.Name})");

        var services = new ServiceCollection()
            .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .AddIntakePipeline(settings)
            .AddSingleton<IJobQueue, EvalRunner.InlineQueue>()
            .BuildServiceProvider();
        try
        {
            await using (services)
            {
                await Migrator.MigrateAsync(services.GetRequiredService<Database>());
                var results = await new EvalRunner(services, settings).RunAsync(inbox, Console.Out, stop.Token);
                Directory.CreateDirectory(outDir);
                results.Save(Path.Combine(outDir, ResultsFile.FileName));
                Console.WriteLine($"results: {Path.Combine(outDir, ResultsFile.FileName)} ({results.Files.Count} files, {results.Dossiers.Count} dossiers, {results.Timing.WallSeconds:0.0} s)");
                if (truthDir is not null)
                {
                    // How each page was made, read from the inbox files (not from Intake's OCR decision).
                    var origins = PageOriginReader.Read(EvalInbox.List(inbox, DateOnly.FromDateTime(DateTime.Now)));
                    var scores = Scorer.Score(results, TruthSet.Load(truthDir), origins);
                    ScoresFile.Save(scores, Path.Combine(outDir, ScoresFile.FileName));
                    ScoreReport.Print(scores, Console.Out);
                }
            }
        }
        catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("intake eval: interrupted");
            return 130;
        }
        return 0;
    }
}

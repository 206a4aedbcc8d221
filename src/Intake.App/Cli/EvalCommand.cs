using System.CommandLine;
using Intake.App.Eval;
using Intake.App.Hosting;
using Intake.Evaluation.Report;
using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Truth;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Steps;
using Intake.Pipeline.Storage;

namespace Intake.App.Cli;

/// <summary>
/// `intake eval --inbox DIR --out DIR [--truth DIR] [--floors FILE] [--keep-db]` (docs/evaluation.md). The run's
/// scratch database is dropped at the end, success or failure, unless --keep-db is given. With --floors (and
/// --truth), the exit code is 3 when a summary score is below its floor or above its ceiling.
/// </summary>
public static class EvalCommand
{
    public static Command Verb()
    {
        var inbox = CliOptions.Folder("--inbox", "the inbox to run: files, and YYYY-MM-DD mail-day folders", required: true, mustExist: true);
        var output = CliOptions.Folder("--out", "where results.json (and, with --truth, scores.json) are written", required: true);
        var truth = CliOptions.Folder("--truth", "the answers (docs/evaluation.md, \"Truth files\"): score the run", mustExist: true);
        var floors = CliOptions.File("--floors", "floors (and ceilings) on the summary scores, e.g. tests/accuracy-floors/dev-foreign.json: exit 3 when one breaks (needs --truth)");
        floors.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } f && !System.IO.File.Exists(f)) r.AddError($"--floors: file not found: {f}");
        });
        var keepDb = CliOptions.Flag("--keep-db", "keep the run's scratch database intake_eval_… (dropped at the end otherwise)");
        var command = new Command("eval", "run the real pipeline over a corpus on a fresh database and write results.json; with --truth, score it (docs/evaluation.md)")
        {
            inbox, output, truth, floors, keepDb,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(floors) is not null && r.GetValue(truth) is null) r.AddError("--floors needs --truth");
        });
        command.SetAction((r, ct) => RunAsync(Path.GetFullPath(r.GetValue(inbox)!), Path.GetFullPath(r.GetValue(output)!),
            r.GetValue(truth) is { } t ? Path.GetFullPath(t) : null, r.GetValue(keepDb),
            r.GetValue(floors) is { } f ? Path.GetFullPath(f) : null));
        return command;
    }

    public static async Task<int> RunAsync(string inbox, string outDir, string? truthDir, bool keepDb, string? floorsFile = null)
    {
        var floors = floorsFile is null ? null : AccuracyFloors.Load(floorsFile);
        var baseSettings = IntakeSettings.FromEnvironment();
        using var stop = new StopOnSignal("eval");
        // A fresh database on the configured server (dropped at the end unless --keep-db), and fresh folders under --out.
        await using var scratch = await ScratchDatabase.CreateAsync(baseSettings.ConnectionString, "eval", keepDb, Console.Out);
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
            // The corpus is replayed one file at a time: read the next files ahead so that no OCR engine waits.
            .AddSingleton<ITextStage>(_ => new ReadAheadTextStage((TextStage)StageFactory.Text(settings.Workers), EvalRunner.FilesAhead, ownsInner: true))
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
                var text = (ReadAheadTextStage)services.GetRequiredService<ITextStage>();
                Console.WriteLine($"text stage: {text.Inner.Reader.Stats.Summary()}");
                if (truthDir is not null)
                {
                    // How each page was made, read from the inbox files (not from Intake's OCR decision).
                    var origins = PageOriginReader.Read(EvalInbox.List(inbox, DateOnly.FromDateTime(DateTime.Now)));
                    var scores = Scorer.Score(results, TruthSet.Load(truthDir), origins);
                    ScoresFile.Save(scores, Path.Combine(outDir, ScoresFile.FileName));
                    ScoreReport.Print(scores, Console.Out);
                    if (floors?.Violations(scores.Summary) is { Count: > 0 } violations)
                    {
                        foreach (var v in violations) await Console.Error.WriteLineAsync($"intake eval: FLOOR BROKEN: {v} ({floorsFile})");
                        return 3;
                    }
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

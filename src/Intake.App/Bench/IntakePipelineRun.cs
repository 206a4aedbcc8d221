using System.Diagnostics;
using Dapper;
using Intake.App.Eval;
using Intake.App.Hosting;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Steps;
using Intake.Pipeline.Storage;
using Intake.Text;

namespace Intake.App.Bench;

/// <summary>How one corpus file went through the pipeline; <see cref="SpanSeconds"/> runs from the previous file's commit to this one's.</summary>
public sealed record FileOutcome(string RelativePath, string Outcome, double SpanSeconds);

/// <summary>Everything measured during the Intake run.</summary>
public sealed record IntakeRunResult(
    double WallSeconds,
    double IngestMs,
    double ProcessMs,
    StageClock Clock,
    IReadOnlyList<PageTiming> PageTimings,
    IReadOnlyList<FileOutcome> Files,
    IReadOnlyDictionary<(string File, int Page), string> PageSources,
    int ReadAhead,
    string Database,
    double ProcessCpuSeconds)
{
    /// <summary>Processing time outside text, classification and extraction: storage, attachment, routing, bookkeeping.</summary>
    public double StoreAttachRouteMs => ProcessMs - Clock.AnalysisMs;

    /// <summary>
    /// Two runs over the same corpus as one: mean wall time and mean span of each file (same receipt order);
    /// page sources and timings of the first run.
    /// </summary>
    public static IntakeRunResult Mean(IntakeRunResult a, IntakeRunResult b)
    {
        if (a.Files.Count != b.Files.Count || a.Files.Zip(b.Files).Any(p => p.First.RelativePath != p.Second.RelativePath))
            throw new ArgumentException("The two runs did not process the same files in the same order.");
        var files = a.Files.Zip(b.Files, (x, y) => x with { SpanSeconds = (x.SpanSeconds + y.SpanSeconds) / 2 }).ToList();
        return a with
        {
            WallSeconds = (a.WallSeconds + b.WallSeconds) / 2,
            IngestMs = (a.IngestMs + b.IngestMs) / 2,
            ProcessMs = (a.ProcessMs + b.ProcessMs) / 2,
            ProcessCpuSeconds = (a.ProcessCpuSeconds + b.ProcessCpuSeconds) / 2,
            Files = files,
        };
    }
}

/// <summary>
/// The real pipeline over the corpus on a fresh database, as `intake eval` runs it: every file copied into a
/// scratch inbox, then the same Ingestor and FileProcessor as the worker, in receipt order (mail day, then name):
/// eval's own loop, <see cref="CorpusRun"/>. With <c>readAhead</c> &gt; 0 the text of the next files is read while
/// the current one is processed (commits stay in receipt order).
/// </summary>
public static class IntakePipelineRun
{
    /// <param name="keepDb">Keep the scratch database intake_bench_… (dropped at the end of the run otherwise, even a failed one).</param>
    public static async Task<IntakeRunResult> RunAsync(string inbox, string workDir, int readAhead, bool keepDb, TextWriter log, CancellationToken ct)
    {
        var baseSettings = IntakeSettings.FromEnvironment();
        await using var scratch = await ScratchDatabase.CreateAsync(baseSettings.ConnectionString, "bench", keepDb, log, ct);
        var dbName = scratch.Name;
        var home = Path.Combine(workDir, "intake");
        var settings = baseSettings with
        {
            ConnectionString = scratch.ConnectionString,
            Home = home,
            Inbox = Path.Combine(home, "inbox"),
        };

        var clock = new StageClock();
        using var text = (TextStage)StageFactory.Text(settings.Workers);
        var readAheadStage = new ReadAheadTextStage(text, readAhead, ms => clock.TextWaitMs += ms);
        var services = new ServiceCollection()
            .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .AddIntakePipeline(settings)
            .AddSingleton<IJobQueue, EvalRunner.InlineQueue>()
            .AddSingleton<ITextStage>(readAheadStage)
            .AddSingleton<IClassificationStage>(_ => new TimedClassificationStage(StageFactory.Classification(settings.ModelsDir), clock))
            .AddSingleton<IExtractionStage>(_ => new TimedExtractionStage(StageFactory.Extraction(), clock))
            .BuildServiceProvider();
        await using (services)
        {
            var db = services.GetRequiredService<Database>();
            await Migrator.MigrateAsync(db);
            services.GetRequiredService<IClassificationStage>(); // load the model before the clock starts
            services.GetRequiredService<IExtractionStage>();

            var files = EvalInbox.List(inbox, DateOnly.FromDateTime(DateTime.Now));
            var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            // The text of the next files is read ahead while the current one is processed (commits stay in order).
            var runs = await new CorpusRun(services, settings).RunAsync(files, log, ct);
            double wallSeconds = wall.Elapsed.TotalSeconds;
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds;
            var seen = runs.Select(r => (r.File.RelativePath, r.FileId)).ToList();
            var outcomes = runs.Select((r, i) => new FileOutcome(r.File.RelativePath, r.Outcome?.ToString() ?? "Failed",
                (r.Elapsed - (i == 0 ? TimeSpan.Zero : runs[i - 1].Elapsed)).TotalSeconds)).ToList();
            var sources = await PageSourcesAsync(db, seen);
            return new IntakeRunResult(wallSeconds, runs.Sum(r => r.IngestMs), runs.Sum(r => r.ProcessMs), clock, text.Reader.Stats.Pages,
                outcomes, sources, readAhead, dbName, cpuSeconds);
        }
    }

    private static async Task<IReadOnlyDictionary<(string File, int Page), string>> PageSourcesAsync(Database db, List<(string Path, long FileId)> seen)
    {
        await using var conn = await db.OpenAsync();
        var rows = await conn.QueryAsync<(long FileId, int Number, string Source)>(
            "select file_id, number, source from page where file_id = any(@ids)", new { ids = seen.Select(s => s.FileId).Distinct().ToArray() });
        var names = seen.GroupBy(s => s.FileId).ToDictionary(g => g.Key, g => g.Select(s => s.Path).ToList());
        var map = new Dictionary<(string, int), string>();
        foreach (var r in rows)
            foreach (var name in names[r.FileId]) map[(name, r.Number)] = r.Source;
        return map;
    }
}

using System.Diagnostics;
using Intake.App.Hosting;
using Intake.Evaluation.Progress;
using Intake.Evaluation.Results;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Storage;

namespace Intake.App.Eval;

/// <summary>
/// `intake eval`: the real pipeline over an inbox, on a fresh database (<see cref="CorpusRun"/>: the same Ingestor
/// and FileProcessor as in the worker, in mail-day then name order, so attachment sees mail in the order the
/// secretariat received it), then what the database holds exported as results.json. A file that is neither
/// processed nor quarantined fails the run.
/// </summary>
public sealed class EvalRunner(IServiceProvider services, IntakeSettings settings)
{
    /// <summary>
    /// Files the eval reads ahead of the one it processes (<see cref="ReadAheadTextStage"/>): enough for two engines to
    /// stay busy on one-page files while a file is stored, few enough that the read files' page rasters stay small.
    /// </summary>
    public const int FilesAhead = 3;

    public async Task<ResultsFile> RunAsync(string inbox, TextWriter progressOut, CancellationToken ct)
    {
        var files = EvalInbox.List(inbox, DateOnly.FromDateTime(DateTime.Now));
        var db = services.GetRequiredService<Database>();
        var progress = new ProgressReporter(progressOut, files.Count);
        var wall = Stopwatch.StartNew();
        var runs = await new CorpusRun(services, settings).RunAsync(files, Console.Error, ct, afterFile: async run =>
        {
            var pages = run.Outcome is ProcessOutcome.Processed or ProcessOutcome.Quarantined ? await PageCountAsync(db, run.FileId) : 0;
            progress.FileDone(run.File.RelativePath, pages, run.Outcome == ProcessOutcome.Quarantined ? FileResult.Quarantined : FileResult.Processed);
        });
        if (runs.FirstOrDefault(r => r.Outcome is null) is { } failed)
            throw new InvalidOperationException($"{failed.File.RelativePath}: neither processed nor quarantined (see the errors above)");
        return await ResultsExporter.ExportAsync(db, runs.Select(r => (r.File.RelativePath, r.FileId)).ToList(), wall.Elapsed.TotalSeconds);
    }

    private static async Task<int> PageCountAsync(Database db, long fileId)
    {
        await using var conn = await db.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<int?>(conn, "select page_count from intake_file where id = @fileId", new { fileId }) ?? 0;
    }

    /// <summary>Queue of the eval run: the runner processes each file itself, right after ingesting it.</summary>
    public sealed class InlineQueue : IJobQueue
    {
        public void EnqueueProcessFile(long fileId) { }
    }
}

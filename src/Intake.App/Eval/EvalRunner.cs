using System.Diagnostics;
using Intake.App.Hosting;
using Intake.Evaluation.Progress;
using Intake.Evaluation.Results;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Storage;

namespace Intake.App.Eval;

/// <summary>
/// `intake eval`: the real pipeline over an inbox, on a fresh database. Each file is dropped into a scratch
/// watched folder and goes through the same Ingestor and FileProcessor as in the worker (the Hangfire job is a
/// thin wrapper around FileProcessor), in mail-day then name order, so attachment sees mail in the order the
/// secretariat received it.
/// </summary>
public sealed class EvalRunner(IServiceProvider services, IntakeSettings settings)
{
    public async Task<ResultsFile> RunAsync(string inbox, TextWriter progressOut, CancellationToken ct)
    {
        var files = EvalInbox.List(inbox, DateOnly.FromDateTime(DateTime.Now));
        var ingestor = services.GetRequiredService<Ingestor>();
        var processor = services.GetRequiredService<FileProcessor>();
        var progress = new ProgressReporter(progressOut, files.Count);
        var scratch = settings.Inbox;
        Directory.CreateDirectory(scratch);
        var seen = new List<(string Path, long FileId)>();
        var wall = Stopwatch.StartNew();
        foreach (var f in files)
        {
            // Stop only between files: a file's OCR is never cut short (its native engines must be idle before the
            // services are disposed), so a stop request takes effect once the current file is done.
            ct.ThrowIfCancellationRequested();
            var target = Path.Combine(scratch, f.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f.FullPath, target, overwrite: true);
            var info = new FileInfo(target);
            var ingested = await ingestor.IngestAsync(new InboxFile(target, f.RelativePath, info.Length, info.LastWriteTimeUtc), f.ReceivedOn, removeFromInbox: true, CancellationToken.None);
            var outcome = await ProcessWithRetriesAsync(processor, ingested.FileId, CancellationToken.None);
            seen.Add((f.RelativePath, ingested.FileId));
            var pages = await PageCountAsync(ingested.FileId, CancellationToken.None);
            progress.FileDone(f.RelativePath, outcome == ProcessOutcome.AlreadyDone ? 0 : pages,
                outcome == ProcessOutcome.Quarantined ? FileResult.Quarantined : FileResult.Processed);
        }
        return await ResultsExporter.ExportAsync(services.GetRequiredService<Database>(), seen, wall.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// As Hangfire does for the worker: a failed attempt is tried again; FileProcessor quarantines the file once
    /// it has failed MaxAttempts times, so one bad file never stops the run.
    /// </summary>
    private static async Task<ProcessOutcome> ProcessWithRetriesAsync(FileProcessor processor, long fileId, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            try { return await processor.ProcessAsync(fileId, ct); }
            catch (Exception e) when (e is not OperationCanceledException && attempt < 10)
            {
                await Console.Error.WriteLineAsync($"file {fileId}: attempt {attempt} failed ({e.GetType().Name}: {e.Message.Split('\n')[0]})");
            }
        }
    }

    private async Task<int> PageCountAsync(long fileId, CancellationToken ct)
    {
        await using var conn = await services.GetRequiredService<Database>().OpenAsync(ct);
        return await Dapper.SqlMapper.ExecuteScalarAsync<int?>(conn, "select page_count from intake_file where id = @fileId", new { fileId }) ?? 0;
    }

    /// <summary>Queue of the eval run: the runner processes each file itself, right after ingesting it.</summary>
    public sealed class InlineQueue : IJobQueue
    {
        public void EnqueueProcessFile(long fileId) { }
    }
}

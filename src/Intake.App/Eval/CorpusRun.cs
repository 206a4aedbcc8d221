using System.Diagnostics;
using Intake.App.Hosting;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Steps;

namespace Intake.App.Eval;

/// <summary>How one corpus file went through the pipeline.</summary>
/// <param name="Outcome">Null when the file never settled (every try failed; the failure was logged).</param>
/// <param name="Elapsed">Time from the start of the run to this file's end.</param>
public sealed record CorpusFileRun(EvalFile File, long FileId, ProcessOutcome? Outcome, double IngestMs, double ProcessMs, TimeSpan Elapsed);

/// <summary>
/// The real pipeline over a corpus, as the worker would run it, shared by `intake eval` and `intake bench`: each
/// file, in receipt order (mail day, then name), is copied into the scratch watched folder, taken by the same
/// Ingestor, and processed by the same FileProcessor with the file job's one retry limit (<see cref="FileJobRetry"/>).
/// When the text stage is a <see cref="ReadAheadTextStage"/>, the next files are read while the current one is
/// analysed and stored, so that the OCR engines never wait for the pipeline (commits stay in order).
/// It stops only between files: a file's OCR is never cut short (its native engines must be idle before the services
/// are disposed), and the reads ahead are waited for before it returns.
/// </summary>
public sealed class CorpusRun(IServiceProvider services, IntakeSettings settings)
{
    /// <param name="afterFile">Called once a file has settled (eval: progress line).</param>
    public async Task<IReadOnlyList<CorpusFileRun>> RunAsync(
        IReadOnlyList<EvalFile> files, TextWriter log, CancellationToken ct, Func<CorpusFileRun, Task>? afterFile = null)
    {
        var ingestor = services.GetRequiredService<Ingestor>();
        var processor = services.GetRequiredService<FileProcessor>();
        var readAhead = services.GetService<ITextStage>() as ReadAheadTextStage;
        var options = settings.Pipeline;
        Directory.CreateDirectory(settings.Inbox);
        var runs = new List<CorpusFileRun>(files.Count);
        var wall = Stopwatch.StartNew();
        int current = 0;
        using var stopFeeding = new CancellationTokenSource();
        var feeding = readAhead?.Feed(files.Select(f => f.FullPath).ToList(), () => Volatile.Read(ref current), stopFeeding.Token)
                      ?? Task.CompletedTask;
        try
        {
            for (int i = 0; i < files.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                Volatile.Write(ref current, i);
                var f = files[i];
                var sw = Stopwatch.StartNew();
                var target = Path.Combine(settings.Inbox, f.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(f.FullPath, target, overwrite: true);
                var info = new FileInfo(target);
                var ingested = await ingestor.IngestAsync(new InboxFile(target, f.RelativePath, info.Length, info.LastWriteTimeUtc), f.ReceivedOn,
                    removeFromInbox: true, CancellationToken.None);
                var ingestMs = sw.Elapsed.TotalMilliseconds;

                sw.Restart();
                ProcessOutcome? outcome;
                try
                {
                    outcome = await FileJobRetry.ProcessAsync(processor, options, ingested.FileId, log, CancellationToken.None);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await log.WriteLineAsync($"  file {ingested.FileId}: not settled after {options.MaxAttempts + 1} tries ({e.GetType().Name})");
                    outcome = null;
                }
                var run = new CorpusFileRun(f, ingested.FileId, outcome, ingestMs, sw.Elapsed.TotalMilliseconds, wall.Elapsed);
                runs.Add(run);
                if (afterFile is not null) await afterFile(run);
            }
        }
        finally
        {
            await stopFeeding.CancelAsync();
            await feeding;
            if (readAhead is not null) await readAhead.DrainAsync();
        }
        return runs;
    }
}

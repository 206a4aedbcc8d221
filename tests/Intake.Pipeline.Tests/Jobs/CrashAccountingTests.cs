using Dapper;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Routing;
using Intake.Pipeline.Steps;
using Intake.Pipeline.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Pipeline.Tests.Jobs;

/// <summary>
/// A crash is counted against a file only when the file ran alone: files that were merely in flight with the
/// culprit run alone next time and are never quarantined for it. The rows are left as a crash leaves them
/// (a run started, never finished); the processing is the real FileProcessor on stages that return at once.
/// </summary>
public sealed class CrashAccountingTests : DatabaseTest
{
    /// <summary>Stages 2–5 without a real file: one page, one letter; a page read can be held until released.</summary>
    private sealed class QuickStages : ITextStage, IClassificationStage, IExtractionStage
    {
        public TaskCompletionSource? Hold { get; set; }
        public Exception? Throw { get; set; }

        public async Task<FileText> ReadAsync(string path, CancellationToken ct)
        {
            if (Hold is { } hold) await hold.Task.WaitAsync(ct);
            if (Throw is { } e) throw e;
            return new FileText([new PageText(1, 595, 842, [], TextSource.TextLayer, 1, 0)], []);
        }

        public Task<FileText> ReadPagesAsync(string path, int firstPage, int lastPage, CancellationToken ct) => ReadAsync(path, ct);

        public (IReadOnlyList<PageLabel> Pages, IReadOnlyList<(string Type, double Confidence, int FirstPage, int LastPage, IReadOnlyList<string> Flags)> Documents) ClassifyAndSplit(FileText text) =>
            ([new PageLabel(1, "courrier", 0.9, false)], [("courrier", 0.9, 1, 1, [])]);

        public IReadOnlyList<ExtractedField> Extract(string type, IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields, DateOnly? receivedOn = null) => [];
    }

    private const int MaxAttempts = 3;

    private (FileProcessor Processor, QuickStages Stages) Processor(SoloGate? gate = null)
    {
        var home = Repo.TempDir("intake-crash");
        var options = new PipelineOptions { Inbox = home, Archive = Path.Combine(home, "archive"), Quarantine = Path.Combine(home, "quarantine"), MaxAttempts = MaxAttempts };
        var stages = new QuickStages();
        var processor = new FileProcessor(Db, new ArchiveStore(options.Archive), new QuarantineStore(options.Quarantine),
            new FileAnalyzer(stages, stages, stages), new DossierRouter(), options, () => Store.Received, NullLogger<FileProcessor>.Instance, gate ?? new SoloGate());
        return (processor, stages);
    }

    /// <summary>A pending file as a crash leaves it: a run started and never finished, alone or not.</summary>
    private async Task<long> CrashedFileAsync(bool ranAlone, int failures = 0, int attempts = 1)
    {
        var id = await Store.FileAsync(Db);
        await using var conn = await Db.OpenAsync();
        await conn.ExecuteAsync("""
            update intake_file set status = 'pending', processed_at = null, run_started_at = now() - interval '1 minute',
                run_alone = @ranAlone, failures = @failures, attempts = @attempts where id = @id
            """, new { id, ranAlone, failures, attempts });
        return id;
    }

    private async Task<(string Status, int Failures, bool NeedsSolo, DateTime? RunStartedAt)> RowAsync(long id)
    {
        await using var conn = await Db.OpenAsync();
        return await conn.QuerySingleAsync<(string, int, bool, DateTime?)>("select status, failures, needs_solo, run_started_at from intake_file where id = @id", new { id });
    }

    [Fact]
    public async Task A_file_caught_in_other_files_crashes_is_processed_however_many_runs_it_took()
    {
        // Three runs started (the limit), each cut by a crash while other files were in flight.
        var id = await CrashedFileAsync(ranAlone: false, attempts: MaxAttempts);
        var (processor, _) = Processor();
        Assert.Equal(ProcessOutcome.Processed, await processor.ProcessAsync(id, CancellationToken.None));
        var row = await RowAsync(id);
        Assert.Equal(("processed", 0, true, (DateTime?)null), row);
    }

    [Fact]
    public async Task A_file_that_crashes_alone_is_quarantined_after_the_limit()
    {
        var id = await CrashedFileAsync(ranAlone: true, failures: MaxAttempts - 1);
        var (processor, _) = Processor();
        Assert.Equal(ProcessOutcome.Quarantined, await processor.ProcessAsync(id, CancellationToken.None));
        var row = await RowAsync(id);
        Assert.Equal(("quarantined", MaxAttempts), (row.Status, row.Failures));
        Assert.Equal("repeated_failure", await Store.ScalarAsync<string>(Db, "select error_code from intake_file where id = @id", new { id }));
    }

    [Fact]
    public async Task A_file_that_may_have_caused_a_crash_runs_alone_and_waits_for_the_files_in_flight()
    {
        var gate = new SoloGate();
        var (busy, busyStages) = Processor(gate);
        busyStages.Hold = new TaskCompletionSource();
        var other = await Store.FileAsync(Db);
        await using (var conn = await Db.OpenAsync())
            await conn.ExecuteAsync("update intake_file set status = 'pending' where id = @other", new { other });
        var running = busy.ProcessAsync(other, CancellationToken.None);
        await Task.Delay(300);

        var suspect = await CrashedFileAsync(ranAlone: false);
        var (alone, _) = Processor(gate);
        var aloneRun = alone.ProcessAsync(suspect, CancellationToken.None);
        await Task.Delay(500);
        Assert.False(aloneRun.IsCompleted); // waits: another file is in flight
        Assert.Null((await RowAsync(suspect)).RunStartedAt);

        busyStages.Hold.SetResult();
        Assert.Equal(ProcessOutcome.Processed, await running);
        Assert.Equal(ProcessOutcome.Processed, await aloneRun);
        Assert.True(await Store.ScalarAsync<bool>(Db, "select run_alone from intake_file where id = @suspect", new { suspect }));
    }

    [Fact]
    public async Task A_failure_of_the_file_itself_is_counted_and_the_run_marker_cleared()
    {
        var id = await Store.FileAsync(Db);
        await using (var conn = await Db.OpenAsync())
            await conn.ExecuteAsync("update intake_file set status = 'pending' where id = @id", new { id });
        var (processor, stages) = Processor();
        stages.Throw = new InvalidOperationException("a bug");
        await Assert.ThrowsAsync<InvalidOperationException>(() => processor.ProcessAsync(id, CancellationToken.None));
        Assert.Equal(("pending", 1, false, (DateTime?)null), await RowAsync(id));
    }
}

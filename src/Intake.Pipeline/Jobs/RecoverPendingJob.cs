using Dapper;
using Hangfire;
using Intake.Pipeline.Storage;

namespace Intake.Pipeline.Jobs;

/// <summary>
/// Recurring sweep: a pending file whose processing job is not alive any more is queued again — the job was
/// never queued (crash between the commit and the enqueue) or it gave up (retries exhausted while the database
/// was down, job deleted). A file whose job is still enqueued, scheduled for a retry or running is left alone,
/// so a long backlog is never queued twice; a job held by a killed worker comes back by itself when its
/// Hangfire lease runs out (invisibility timeout).
/// </summary>
public sealed class RecoverPendingJob(Database db, IJobQueue queue, PipelineOptions options)
{
    /// <summary>Hangfire job states in which the job will still run.</summary>
    private static readonly string[] LiveStates = ["Enqueued", "Processing", "Scheduled", "Awaiting"];

    [DisableConcurrentExecution(60)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        bool hasHangfire = await conn.ExecuteScalarAsync<bool>("select to_regclass('hangfire.job') is not null");
        var liveJob = hasHangfire
            ? """
              and not exists (
                  select 1 from hangfire.job j
                  where j.statename = any(@LiveStates)
                    and j.invocationdata::text like '%ProcessFileJob%'
                    and (j.arguments::jsonb) ->> 0 = f.id::text)
              """
            : "";
        var ids = (await conn.QueryAsync<long>($"""
            update intake_file f set enqueued_at = now()
            where f.status = 'pending'
              and (f.enqueued_at is null or f.enqueued_at < now() - make_interval(secs => @Seconds))
              {liveJob}
            returning f.id
            """, new { Seconds = options.RequeueAfter.TotalSeconds, LiveStates })).ToList();
        foreach (var id in ids) queue.EnqueueProcessFile(id);
        return ids.Count;
    }
}

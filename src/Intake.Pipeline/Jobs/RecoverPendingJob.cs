using Dapper;
using Hangfire;
using Intake.Pipeline.Storage;

namespace Intake.Pipeline.Jobs;

/// <summary>
/// Recurring sweep: a file row committed but whose job was never queued (crash between the commit and the
/// enqueue) or whose job was lost is queued again. Re-queuing a file that is being processed is harmless:
/// processing is idempotent.
/// </summary>
public sealed class RecoverPendingJob(Database db, IJobQueue queue)
{
    [DisableConcurrentExecution(60)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        var ids = (await conn.QueryAsync<long>("""
            update intake_file set enqueued_at = now()
            where status = 'pending' and (enqueued_at is null or enqueued_at < now() - interval '40 minutes')
            returning id
            """)).ToList();
        foreach (var id in ids) queue.EnqueueProcessFile(id);
        return ids.Count;
    }
}

using Dapper;
using Intake.Pipeline.Audit;
using Intake.Pipeline.Jobs;

namespace Intake.Pipeline.Dossiers;

/// <summary>A quarantined file put back in the pipeline.</summary>
public sealed record FileRequeued(long FileId);

/// <summary>
/// The quarantine's one change: once the cause is repaired (a reader updated, a limit raised), a quarantined file
/// is processed again from its archived original — its status back to pending, its failure count reset, audited,
/// and its job queued after the commit. The role is checked once (<see cref="Permissions"/>); a file that is not
/// quarantined is a conflict.
/// </summary>
public sealed class QuarantineService(ChangeRunner runner, IJobQueue queue)
{
    public async Task<ChangeResult<FileRequeued>> ReprocessAsync(Actor actor, long fileId, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.ReprocessFile))
            return ChangeRunner.Refuse<FileRequeued>(Refusal.Forbidden(Permissions.ForbiddenFr));
        var result = await runner.RunAsync(async (conn, tx) =>
        {
            var row = await conn.QuerySingleOrDefaultAsync<(string Status, string? Code)>(
                "select status, error_code from intake_file where id = @fileId for update", new { fileId }, tx);
            if (row.Status is null) throw new RefusedException(Refusal.NotFound("Fichier introuvable."));
            if (row.Status != "quarantined") throw new RefusedException(Refusal.Conflict("Ce fichier n'est pas en quarantaine."));
            await conn.ExecuteAsync("""
                update intake_file set status = 'pending', failures = 0, error_code = null, error_fr = null, processed_at = null, run_started_at = null
                where id = @fileId
                """, new { fileId }, tx);
            await AuditTrail.RecordAsync(conn, tx, actor.UserName, "reprocess_file", "file", fileId, new { previous_error = row.Code });
            return new Changed<FileRequeued>(new FileRequeued(fileId), []);
        }, ct);
        if (result.Ok) queue.EnqueueProcessFile(fileId);
        return result;
    }
}

using Dapper;
using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Tests.Support;

namespace Intake.Pipeline.Tests.Dossiers;

/// <summary>A quarantined file is put back in the pipeline once, audited, its job queued; any other file is refused.</summary>
public sealed class QuarantineServiceTests : DatabaseTest
{
    [Fact]
    public async Task A_quarantined_file_is_requeued_with_its_failures_reset_and_a_processed_file_is_not()
    {
        using var services = new Services(Db, Repo.TempDir("intake-archive"));
        var fileId = await Store.FileAsync(Db);
        await using var conn = await Db.OpenAsync();
        await conn.ExecuteAsync("update intake_file set status = 'quarantined', failures = 2, error_code = 'unreadable', error_fr = 'illisible' where id = @fileId", new { fileId });

        var result = await services.Quarantine.ReprocessAsync(Who.Secretary, fileId);
        Assert.True(result.Ok, result.Refusal?.MessageFr);
        Assert.Equal([fileId], services.Queued);
        var row = await conn.QuerySingleAsync<(string Status, int Failures, string? Error)>("select status, failures, error_fr from intake_file where id = @fileId", new { fileId });
        Assert.Equal(("pending", 0, (string?)null), row);
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'reprocess_file' and target_id = @fileId", new { fileId }));

        // Now pending: a second request is a conflict and queues nothing more.
        Assert.Equal(RefusalKind.Conflict, (await services.Quarantine.ReprocessAsync(Who.Secretary, fileId)).Refusal?.Kind);
        Assert.Equal(RefusalKind.NotFound, (await services.Quarantine.ReprocessAsync(Who.Secretary, 987654321)).Refusal?.Kind);
        Assert.Single(services.Queued);
    }
}

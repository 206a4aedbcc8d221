using Dapper;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.Logging;

namespace Intake.Pipeline.Ingestion;

public enum IngestOutcome
{
    New,
    Duplicate,
    AlreadySeen,
    /// <summary>The file changed while it was being copied (still being written): left in the inbox for a later scan.</summary>
    StillChanging,
}

public sealed record IngestResult(long FileId, IngestOutcome Outcome);

/// <summary>
/// Step 1 of the pipeline: a stable inbox file is copied to the content-addressed archive, recorded in
/// PostgreSQL, queued for processing, and only then removed from the inbox. Same bytes twice → one file row,
/// a duplicate sighting, no second processing. Safe to run in several processes on the same inbox.
/// </summary>
public sealed class Ingestor(Database db, ArchiveStore archive, IJobQueue queue, ILogger<Ingestor> log)
{
    public async Task<IngestResult> IngestAsync(InboxFile file, DateOnly receivedOn, bool removeFromInbox, CancellationToken ct)
    {
        var stored = await archive.StoreAsync(file.FullPath, ct);
        if (ChangedSince(file, stored))
        {
            // A scanner or a copy paused longer than StableFor and went on writing: recording this copy would
            // store a truncated original and then delete the complete one from the inbox.
            log.LogInformation("A file changed while it was archived; it stays in the inbox until it is stable");
            return new IngestResult(0, IngestOutcome.StillChanging);
        }
        var ext = ArchiveStore.SafeExtension(Path.GetExtension(file.RelativePath));
        long id;
        IngestOutcome outcome;
        await using (var conn = await db.OpenAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            var newId = await conn.ExecuteScalarAsync<long?>("""
                insert into intake_file (sha256, original_name, extension, size_bytes, received_on, archive_path)
                values (@Sha256, @Name, @Ext, @Size, @ReceivedOn, @ArchivePath)
                on conflict (sha256) do nothing
                returning id
                """, new { stored.Sha256, Name = file.RelativePath, Ext = ext, stored.Size, ReceivedOn = receivedOn, ArchivePath = stored.RelativePath }, tx);
            id = newId ?? await conn.ExecuteScalarAsync<long>("select id from intake_file where sha256 = @Sha256", new { stored.Sha256 }, tx);
            var sighting = await conn.ExecuteAsync("""
                insert into file_sighting (file_id, original_name, received_on, source_mtime, is_duplicate)
                values (@id, @Name, @ReceivedOn, @Mtime, @dup)
                on conflict (file_id, original_name, source_mtime) do nothing
                """, new { id, Name = file.RelativePath, ReceivedOn = receivedOn, Mtime = DateTime.SpecifyKind(file.LastWriteUtc, DateTimeKind.Utc), dup = newId is null }, tx);
            outcome = newId is not null ? IngestOutcome.New : sighting == 1 ? IngestOutcome.Duplicate : IngestOutcome.AlreadySeen;
            if (newId is not null)
                await conn.ExecuteAsync("update intake_file set enqueued_at = now() where id = @id", new { id }, tx);
            await tx.CommitAsync(ct);
        }
        if (outcome == IngestOutcome.New) queue.EnqueueProcessFile(id);
        // The row is committed: the original may now leave the inbox.
        if (removeFromInbox) TryRemove(file.FullPath);
        log.LogInformation("Ingested file {FileId} ({Outcome}, {Size} bytes)", id, outcome, stored.Size);
        return new IngestResult(id, outcome);
    }

    private static bool ChangedSince(InboxFile file, ArchivedFile stored)
    {
        var now = new FileInfo(file.FullPath);
        return !now.Exists || now.Length != stored.Size || stored.Size != file.Size || now.LastWriteTimeUtc != file.LastWriteUtc;
    }

    private void TryRemove(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogWarning("Could not remove an ingested file from the inbox: {Error}", e.GetType().Name);
        }
    }
}

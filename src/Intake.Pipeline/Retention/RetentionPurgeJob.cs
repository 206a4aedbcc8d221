using Dapper;
using Hangfire;
using Intake.Pipeline.Audit;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.Logging;

namespace Intake.Pipeline.Retention;

/// <summary>What one purge removed: counts only (the log and the audit trail never get personal data).</summary>
public sealed record PurgeReport(int Originals, int QuarantineCopies, int PagesText, long AuditEntries, int PageImages);

/// <summary>
/// Recurring job (daily by default, INTAKE_RETENTION_CRON) that removes what has outlived its
/// <see cref="RetentionPolicy"/>:
/// <list type="bullet">
/// <item>archived originals of files whose last activity (receipt, processing, last change of a dossier holding
/// one of its documents) is older than <see cref="RetentionPolicy.Originals"/> — the file row stays, its original
/// name (and its sightings' names) replaced, and its cached page images go too;</item>
/// <item>the text and word boxes of the pages of files idle longer than <see cref="RetentionPolicy.PageText"/>
/// (the extracted fields stay with the dossier; a document can then no longer be read again);</item>
/// <item>quarantine copies and their sidecars older than <see cref="RetentionPolicy.Quarantine"/>;</item>
/// <item>audit entries older than <see cref="RetentionPolicy.AuditLog"/> (through intake_purge_audit, which keeps
/// at least 180 days whatever the setting);</item>
/// <item>cached page images older than <see cref="RetentionPolicy.PageImages"/>.</item>
/// </list>
/// Files still pending are never touched. The counts are logged and recorded in the audit trail.
/// </summary>
public sealed class RetentionPurgeJob(Database db, ArchiveStore archive, PipelineOptions options, ILogger<RetentionPurgeJob> log)
{
    public const string PurgedName = "(nom supprimé : durée de conservation écoulée)";

    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 1)]
    public Task<PurgeReport> RunAsync(CancellationToken ct) => PurgeAsync(DateTimeOffset.UtcNow, ct);

    public async Task<PurgeReport> PurgeAsync(DateTimeOffset now, CancellationToken ct)
    {
        var policy = options.Retention;
        int originals = await PurgeOriginalsAsync(now - policy.Originals, ct);
        int pages = await PurgePageTextAsync(now - policy.PageText, ct);
        int quarantine = PurgeFiles(options.Quarantine, now - policy.Quarantine, countSidecars: false);
        int images = PurgeFiles(options.PageImages, now - policy.PageImages, countSidecars: true);
        long audit;
        await using (var conn = await db.OpenAsync(ct))
        {
            audit = await conn.ExecuteScalarAsync<long>("select intake_purge_audit(@days)", new { days = (int)Math.Ceiling(policy.AuditLog.TotalDays) });
            var report = new PurgeReport(originals, quarantine, pages, audit, images);
            await AuditTrail.RecordAsync(conn, null, null, "retention_purge", detail: report);
            log.LogInformation("Retention purge: {Originals} originals, {Quarantine} quarantine copies, {Pages} pages' text, {Audit} audit entries, {Images} cached page images removed",
                originals, quarantine, pages, audit, images);
            return report;
        }
    }

    /// <summary>A file's last activity: its receipt, its processing, the last change of a dossier holding one of its documents.</summary>
    private const string Idle = """
        f.status <> 'pending'
        and greatest(f.received_on::timestamptz, f.processed_at,
                     (select max(x.updated_at) from document d join dossier x on x.id = d.dossier_id where d.file_id = f.id)) < @cutoff
        """;

    private async Task<int> PurgeOriginalsAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        var files = (await conn.QueryAsync<(long Id, string ArchivePath)>(
            $"select f.id, f.archive_path from intake_file f where f.original_purged_at is null and {Idle} order by f.id", new { cutoff })).ToList();
        foreach (var (id, path) in files)
        {
            ct.ThrowIfCancellationRequested();
            // The row first: a crash between the two leaves an orphan file the next run cannot see, never a row
            // pointing at a deleted original that still shows the victim's name.
            await using (var tx = await conn.BeginTransactionAsync(ct))
            {
                await conn.ExecuteAsync("""
                    update intake_file set original_purged_at = now(), original_name = @name where id = @id;
                    update file_sighting set original_name = @name where file_id = @id;
                    """, new { id, name = PurgedName }, tx);
                await tx.CommitAsync(ct);
            }
            TryDelete(archive.FullPath(path));
            TryDeleteDirectory(Path.Combine(options.PageImages, (id % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
                id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return files.Count;
    }

    private async Task<int> PurgePageTextAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        return await conn.ExecuteAsync($"""
            update page p set text = '', words = '[]'::jsonb, text_purged_at = now()
            where p.text_purged_at is null and exists (select 1 from intake_file f where f.id = p.file_id and {Idle})
            """, new { cutoff }, commandTimeout: 3600);
    }

    /// <summary>Deletes the files under <paramref name="root"/> last written before the cutoff; counts them (sidecars apart, unless asked).</summary>
    private static int PurgeFiles(string root, DateTimeOffset cutoff, bool countSidecars)
    {
        if (string.IsNullOrEmpty(root) || !Directory.Exists(root)) return 0;
        int removed = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (File.GetLastWriteTimeUtc(file) >= cutoff.UtcDateTime) continue;
            if (!TryDelete(file)) continue;
            if (countSidecars || !file.EndsWith(".raison.txt", StringComparison.Ordinal)) removed++;
        }
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) TryDeleteDirectory(dir);
        return removed;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private static void TryDeleteDirectory(string path)
    {
        try { if (Directory.Exists(path)) Directory.Delete(path, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}

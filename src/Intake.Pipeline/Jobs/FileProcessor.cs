using Dapper;
using Intake.Pipeline.Attachment;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Routing;
using Intake.Pipeline.Steps;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.Logging;

namespace Intake.Pipeline.Jobs;

public enum ProcessOutcome { Processed, Quarantined, AlreadyDone }

/// <summary>
/// The processing of one stored file, idempotent: "already done?" → analyse (stages 2–5, no writes) →
/// in one transaction, re-check and write pages, documents, fields (6), attach (7), route the dossiers (8),
/// mark processed. A re-run after a crash finds the file processed and changes nothing; two workers racing
/// on the same file serialise on the row lock and the second one sees it done.
/// <para>
/// Failures are counted per file, and a crash is never counted against files that merely shared the process:
/// each run records its start (run_started_at) and whether it ran alone; a run that never finished was cut by
/// a crash (out of memory, a native fault, kill -9). If the file ran alone, the crash was its own and counts as
/// a failure; if other files were in flight, it is unknown which one caused it, so the file runs alone next
/// time (<see cref="SoloGate"/>) and nothing is counted. A file is quarantined as a repeated failure after
/// <see cref="PipelineOptions.MaxAttempts"/> failures of its own, never because of another file's crashes.
/// </para>
/// </summary>
public sealed class FileProcessor(
    Database db,
    ArchiveStore archive,
    QuarantineStore quarantine,
    FileAnalyzer analyzer,
    DossierRouter router,
    PipelineOptions options,
    Func<DateOnly> today,
    ILogger<FileProcessor> log,
    SoloGate gate)
{
    private sealed record FileRow(long Id, string OriginalName, string ArchivePath, DateOnly ReceivedOn, long SizeBytes, string Status, int Failures, bool NeedsSolo);

    public async Task<ProcessOutcome> ProcessAsync(long fileId, CancellationToken ct)
    {
        FileRow? file;
        await using (var conn = await db.OpenAsync(ct))
        {
            // An unfinished previous run was cut by a crash: counted against the file only if it ran alone.
            file = await conn.QuerySingleOrDefaultAsync<FileRow>("""
                update intake_file set attempts = attempts + 1,
                    failures = failures + case when run_started_at is not null and run_alone then 1 else 0 end,
                    needs_solo = needs_solo or run_started_at is not null,
                    run_started_at = null
                where id = @fileId and status = 'pending'
                returning id, original_name as OriginalName, archive_path as ArchivePath, received_on as ReceivedOn,
                          size_bytes as SizeBytes, status, failures, needs_solo as NeedsSolo
                """, new { fileId });
        }
        if (file is null) return ProcessOutcome.AlreadyDone;

        if (file.Failures >= options.MaxAttempts)
            return await QuarantineAsync(file, "repeated_failure",
                "Le traitement de ce fichier a échoué plusieurs fois : le transmettre au support informatique.", ct);
        if (file.SizeBytes > options.MaxFileBytes)
            return await QuarantineAsync(file, "too_big", $"Le fichier est trop volumineux ({file.SizeBytes / (1024 * 1024)} Mo) pour être traité.", ct);

        using (await gate.EnterAsync(file.NeedsSolo, ct))
        {
            await using (var conn = await db.OpenAsync(ct))
                await conn.ExecuteAsync("update intake_file set run_started_at = now(), run_alone = @solo where id = @fileId and status = 'pending'",
                    new { fileId, solo = file.NeedsSolo });
            try
            {
                return await RunAsync(file, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The worker is shutting down: not the file's failure.
                await EndRunAsync(fileId, failed: false);
                throw;
            }
            catch (Exception e)
            {
                // A failure of this file (database down, a bug): counted; Hangfire retries the job.
                await EndRunAsync(fileId, failed: true);
                log.LogWarning("Processing of file {FileId} failed ({Error}); it will be retried", fileId, e.GetType().Name);
                throw;
            }
        }
    }

    /// <summary>Clears the run marker (best effort: with the database down, the next run sees an unfinished run instead).</summary>
    private async Task EndRunAsync(long fileId, bool failed)
    {
        try
        {
            await using var conn = await db.OpenAsync(CancellationToken.None);
            await conn.ExecuteAsync("update intake_file set run_started_at = null, failures = failures + @add where id = @fileId and status = 'pending'",
                new { fileId, add = failed ? 1 : 0 });
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException) { }
    }

    private async Task<ProcessOutcome> RunAsync(FileRow file, CancellationToken ct)
    {
        var fileId = file.Id;
        var started = System.Diagnostics.Stopwatch.StartNew();
        FileAnalysis analysis;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            timeout.CancelAfter(options.FileTimeout);
            try
            {
                // WaitAsync: even a stage that ignores cancellation (a native call stuck on a page) cannot hold
                // the file past the limit; its late result is dropped.
                analysis = await analyzer.AnalyzeAsync(archive.FullPath(file.ArchivePath), file.ReceivedOn, timeout.Token)
                    .WaitAsync(options.FileTimeout + TimeSpan.FromSeconds(5), ct);
            }
            catch (FileUnreadableException e)
            {
                return await QuarantineAsync(file, e.Code, e.ReasonFr, ct);
            }
            catch (Exception e) when (e is OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
            {
                return await QuarantineAsync(file, "timeout",
                    $"Le traitement a dépassé la durée maximale ({Duration(options.FileTimeout)}) : fichier à vérifier ou à rescanner.", ct);
            }
        }

        await using (var conn = await db.OpenAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            var status = await conn.ExecuteScalarAsync<string>("select status from intake_file where id = @fileId for update", new { fileId }, tx);
            if (status != "pending")
            {
                await tx.RollbackAsync(ct);
                return ProcessOutcome.AlreadyDone;
            }
            var documentIds = await AnalysisWriter.WriteAsync(conn, tx, fileId, file.ReceivedOn, analysis, ct);
            var attached = await DossierAttacher.AttachAsync(conn, tx, documentIds, analysis.Documents, file.ReceivedOn, ct);
            var dossiers = attached.Where(a => a.DossierId is not null).Select(a => a.DossierId!.Value).Distinct().ToList();
            await router.RouteAsync(conn, tx, dossiers, today(), ct);
            // Earlier mail of these victims that no dossier could take when it came: filed now, and routed again.
            var lateFiled = await LateAttachment.RunAsync(conn, tx, dossiers, ct);
            if (lateFiled.Count > 0) await router.RouteAsync(conn, tx, lateFiled, today(), ct);
            var pages = analysis.Text.Pages;
            await conn.ExecuteAsync("""
                update intake_file set status = 'processed', processed_at = now(), run_started_at = null, page_count = @pageCount,
                    ocr_page_count = @ocr, mean_confidence = @conf, processing_ms = @ms
                where id = @fileId
                """, new
            {
                fileId,
                pageCount = pages.Count,
                ocr = pages.Count(p => p.Source == Intake.Domain.Documents.TextSource.Ocr),
                conf = pages.Count == 0 ? (float?)null : (float)pages.Average(p => p.MeanConfidence),
                ms = (int)started.ElapsedMilliseconds,
            }, tx);
            await tx.CommitAsync(ct);
        }
        log.LogInformation("Processed file {FileId}: {Pages} pages, {Documents} documents in {Ms} ms",
            fileId, analysis.Text.Pages.Count, analysis.Documents.Count, (int)started.ElapsedMilliseconds);
        return ProcessOutcome.Processed;
    }

    private static string Duration(TimeSpan t) =>
        t.TotalMinutes >= 1 ? $"{t.TotalMinutes:0} min" : $"{Math.Max(1, t.TotalSeconds):0} s";

    private async Task<ProcessOutcome> QuarantineAsync(FileRow file, string code, string reasonFr, CancellationToken ct)
    {
        try
        {
            quarantine.Put(archive.FullPath(file.ArchivePath), file.Id, file.OriginalName, file.ReceivedOn, reasonFr);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file stays pending (its job is retried) rather than quarantined without its copy and reason.
            log.LogError("Quarantine folder not writable ({Folder}): file {FileId} stays pending and will be retried ({Error})",
                quarantine.Root, file.Id, e.GetType().Name);
            throw;
        }
        await using var conn = await db.OpenAsync(ct);
        var n = await conn.ExecuteAsync("""
            update intake_file set status = 'quarantined', error_code = @code, error_fr = @reasonFr, processed_at = now(), page_count = 0,
                run_started_at = null
            where id = @Id and status = 'pending'
            """, new { file.Id, code, reasonFr });
        log.LogWarning("Quarantined file {FileId}: {Code}", file.Id, code);
        return n == 1 ? ProcessOutcome.Quarantined : ProcessOutcome.AlreadyDone;
    }
}

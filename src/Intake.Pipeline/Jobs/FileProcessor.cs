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
/// </summary>
public sealed class FileProcessor(
    Database db,
    ArchiveStore archive,
    QuarantineStore quarantine,
    FileAnalyzer analyzer,
    DossierRouter router,
    PipelineOptions options,
    Func<DateOnly> today,
    ILogger<FileProcessor> log)
{
    private sealed record FileRow(long Id, string OriginalName, string ArchivePath, DateOnly ReceivedOn, long SizeBytes, string Status, int Attempts);

    public async Task<ProcessOutcome> ProcessAsync(long fileId, CancellationToken ct)
    {
        FileRow? file;
        await using (var conn = await db.OpenAsync(ct))
        {
            file = await conn.QuerySingleOrDefaultAsync<FileRow>("""
                update intake_file set attempts = attempts + 1 where id = @fileId and status = 'pending'
                returning id, original_name as OriginalName, archive_path as ArchivePath, received_on as ReceivedOn,
                          size_bytes as SizeBytes, status, attempts
                """, new { fileId });
        }
        if (file is null) return ProcessOutcome.AlreadyDone;

        if (file.Attempts > options.MaxAttempts)
            return await QuarantineAsync(file, "repeated_failure",
                "Le traitement de ce fichier a échoué plusieurs fois : le transmettre au support informatique.", ct);
        if (file.SizeBytes > options.MaxFileBytes)
            return await QuarantineAsync(file, "too_big", $"Le fichier est trop volumineux ({file.SizeBytes / (1024 * 1024)} Mo) pour être traité.", ct);

        var started = System.Diagnostics.Stopwatch.StartNew();
        FileAnalysis analysis;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            timeout.CancelAfter(options.FileTimeout);
            try
            {
                // WaitAsync: even a stage that ignores cancellation (a native call stuck on a page) cannot hold
                // the file past the limit; its late result is dropped.
                analysis = await analyzer.AnalyzeAsync(archive.FullPath(file.ArchivePath), timeout.Token)
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
            var pages = analysis.Text.Pages;
            await conn.ExecuteAsync("""
                update intake_file set status = 'processed', processed_at = now(), page_count = @pageCount,
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
            update intake_file set status = 'quarantined', error_code = @code, error_fr = @reasonFr, processed_at = now(), page_count = 0
            where id = @Id and status = 'pending'
            """, new { file.Id, code, reasonFr });
        log.LogWarning("Quarantined file {FileId}: {Code}", file.Id, code);
        return n == 1 ? ProcessOutcome.Quarantined : ProcessOutcome.AlreadyDone;
    }
}

using Dapper;
using Intake.App.Web.Auth;
using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Quarantine;

/// <summary>
/// The quarantine: files the pipeline could not read, with the French reason, a download of the archived original
/// (audited) and "reprocess" once the cause is repaired (<see cref="QuarantineService"/>).
/// </summary>
public sealed class IndexModel(Database db, ArchiveStore archive, QuarantineService quarantine, Audit audit) : PageModel
{
    public sealed record QuarantinedFile(long Id, string OriginalName, DateOnly ReceivedOn, string? ErrorCode, string? ErrorFr, long SizeBytes, DateTime? ProcessedAt);

    public IReadOnlyList<QuarantinedFile> Files { get; private set; } = [];
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        await using var conn = await db.OpenAsync();
        Files = (await conn.QueryAsync<QuarantinedFile>("""
            select id, original_name as OriginalName, received_on as ReceivedOn, error_code as ErrorCode, error_fr as ErrorFr,
                   size_bytes as SizeBytes, processed_at as ProcessedAt
            from intake_file where status = 'quarantined' order by received_on desc, id desc limit 500
            """)).ToList();
    }

    /// <summary>The archived original of a quarantined file, under its original name.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(long id)
    {
        await using var conn = await db.OpenAsync();
        var file = await conn.QuerySingleOrDefaultAsync<(string OriginalName, string ArchivePath)>(
            "select original_name, archive_path from intake_file where id = @id and status = 'quarantined'", new { id });
        if (file.ArchivePath is null) return NotFound();
        var path = archive.FullPath(file.ArchivePath);
        if (!System.IO.File.Exists(path)) return NotFound();
        await audit.RecordAsync(User.Identity?.Name, "download_file", "file", id);
        return PhysicalFile(path, "application/octet-stream", Path.GetFileName(file.OriginalName));
    }

    public async Task<IActionResult> OnPostReprocessAsync(long id)
    {
        var result = await quarantine.ReprocessAsync(User.Actor(), id);
        if (!result.Ok)
        {
            await OnGetAsync();
            Error = result.Refusal!.MessageFr;
            Response.StatusCode = result.Refusal.HttpStatus();
            return Page();
        }
        Message = "Fichier remis en traitement : il quittera la quarantaine s'il est lu cette fois.";
        return Redirect("/quarantaine");
    }
}

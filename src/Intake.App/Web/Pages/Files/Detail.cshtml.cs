using Dapper;
using Intake.Pipeline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Files;

public sealed class DetailModel(Database db, Intake.App.Web.Files.FileScope scope, Audit audit) : PageModel
{
    public sealed record FileInfoRow(long Id, string OriginalName, DateOnly ReceivedOn, string Status, string? ErrorFr, int? PageCount);
    public sealed record PageRow(int Number, string Source, float MeanConfidence, int Rotation, bool IsBlank, string? PredictedType);
    public sealed record DocumentRow(long Id, int FirstPage, int LastPage, string Type, float TypeConfidence, string? DossierNumber, string? AttachmentReason);

    public FileInfoRow Info { get; private set; } = null!;
    public IReadOnlyList<PageRow> Pages { get; private set; } = [];
    public IReadOnlyList<DocumentRow> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await scope.CanOpenAsync(User, id)) return NotFound();
        await using var conn = await db.OpenAsync();
        var file = await conn.QuerySingleOrDefaultAsync<FileInfoRow>("""
            select id, original_name as OriginalName, received_on as ReceivedOn, status, error_fr as ErrorFr, page_count as PageCount
            from intake_file where id = @id
            """, new { id });
        if (file is null) return NotFound();
        Info = file;
        Pages = (await conn.QueryAsync<PageRow>("""
            select number, source, mean_confidence as MeanConfidence, rotation, is_blank as IsBlank, predicted_type as PredictedType
            from page where file_id = @id order by number
            """, new { id })).ToList();
        Documents = (await conn.QueryAsync<DocumentRow>("""
            select d.id, d.first_page as FirstPage, d.last_page as LastPage, d.type, d.type_confidence as TypeConfidence,
                   x.number as DossierNumber, d.attachment_reason as AttachmentReason
            from document d left join dossier x on x.id = d.dossier_id where d.file_id = @id order by d.first_page
            """, new { id })).ToList();
        await audit.RecordAsync(User.Identity?.Name, "view_file", "intake_file", id);
        return Page();
    }
}

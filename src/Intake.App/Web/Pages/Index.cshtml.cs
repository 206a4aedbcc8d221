using Dapper;
using Intake.App.Web.Auth;
using Intake.Pipeline.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages;

public sealed class IndexModel(Database db) : PageModel
{
    public sealed record FileRow(long Id, string OriginalName, DateOnly ReceivedOn, string Status, string? ErrorFr, int? PageCount, int? OcrPageCount, float? MeanConfidence, bool CanOpen);

    public Dictionary<string, long> Counts { get; private set; } = [];
    public IReadOnlyList<FileRow>? Files { get; private set; }

    public async Task OnGetAsync()
    {
        await using var conn = await db.OpenAsync();
        Counts = (await conn.QueryAsync<(string Status, long N)>("select status, count(*) from intake_file group by status"))
            .ToDictionary(r => r.Status, r => r.N);
        if (User.IsInRole(Roles.Secretariat) || User.IsInRole(Roles.Reviewer) || User.IsInRole(Roles.Admin))
        {
            // The secretariat opens only the files of the mail it handles (Files/FileScope).
            var canOpen = User.IsInRole(Roles.Reviewer) || User.IsInRole(Roles.Admin)
                ? "true"
                : Intake.App.Web.Files.FileScope.SecretariatCanOpen;
            Files = (await conn.QueryAsync<FileRow>($"""
                select id, original_name as OriginalName, received_on as ReceivedOn, status, error_fr as ErrorFr,
                       page_count as PageCount, ocr_page_count as OcrPageCount, mean_confidence as MeanConfidence, {canOpen} as CanOpen
                from intake_file f order by id desc limit 500
                """)).ToList();
        }
    }

    public static string StatusLabel(string status) => status switch
    {
        "pending" => "En attente",
        "processed" => "Traité",
        "quarantined" => "Quarantaine",
        _ => status,
    };
}

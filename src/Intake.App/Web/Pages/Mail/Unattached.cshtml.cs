using Intake.App.Web.Auth;
using Intake.App.Web.Mail;
using Intake.Pipeline.Dossiers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Mail;

/// <summary>Unattached mail: search the dossier a document belongs to and attach it, or open a new dossier.</summary>
public sealed class UnattachedModel(UnattachedMail mail, DocumentFilingService filing, Audit audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "naissance")] public string? BirthDate { get; set; }
    [BindProperty(SupportsGet = true, Name = "document")] public long? DocumentId { get; set; }
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    /// <summary>The search box keeps a name or a file number, never a NIR (nobody sees a NIR in a list).</summary>
    public string? QueryToShow => Query is not null && Query.Any(char.IsAsciiDigit) && !Query.StartsWith("CCI", StringComparison.OrdinalIgnoreCase) ? null : Query;

    public IReadOnlyList<UnattachedRow> Documents { get; private set; } = [];
    public IReadOnlyList<DossierMatch> Matches { get; private set; } = [];
    private string UserName => User.Identity?.Name ?? "?";

    public async Task OnGetAsync()
    {
        Documents = await mail.ListAsync();
        Matches = await mail.SearchAsync(Query, BirthDate);
        if (!string.IsNullOrWhiteSpace(Query) || !string.IsNullOrWhiteSpace(BirthDate))
            await audit.RecordAsync(UserName, "search_dossier", detail: new { results = Matches.Count });
    }

    public async Task<IActionResult> OnPostAttachAsync(long documentId, string? number, string? reason)
    {
        var result = await filing.AttachAsync(User.Actor(), documentId, number, reason);
        if (!result.Ok) return await Fail(result.Refusal!);
        Message = $"Document rattaché au dossier {result.Value!.DossierNumber}.";
        return Redirect("/courrier");
    }

    public async Task<IActionResult> OnPostOpenAsync(long documentId, string? reason)
    {
        var result = await filing.OpenDossierAsync(User.Actor(), documentId, reason);
        if (!result.Ok) return await Fail(result.Refusal!);
        Message = $"Dossier {result.Value!.DossierNumber} ouvert.";
        return Redirect("/courrier");
    }

    private async Task<IActionResult> Fail(Refusal refusal)
    {
        Error = refusal.MessageFr;
        await OnGetAsync();
        Response.StatusCode = refusal.HttpStatus();
        return Page();
    }
}

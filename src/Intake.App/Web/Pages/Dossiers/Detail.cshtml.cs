using Intake.App.Web.Auth;
using Intake.App.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Dossiers;

/// <summary>
/// One dossier for a reviewer: documents and pages (viewer with the extracted fields' boxes), fields with
/// confidence and source, corrections, the rules panel and checklist, and the confirmation of the pre-routing.
/// Every view is audited; every change goes through <see cref="ReviewActions"/> (audited, then re-routed).
/// </summary>
public sealed class DetailModel(DossierReader reader, ReviewActions actions, ReviewQueue queue, Audit audit) : PageModel
{
    public DossierView View { get; private set; } = null!;
    public long? NextDossierId { get; private set; }
    public string? Error { get; private set; }
    [TempData] public string? Message { get; set; }

    /// <summary>The page shown in the viewer: file and page number (default: the first page of the first document).</summary>
    [BindProperty(SupportsGet = true, Name = "fichier")] public long? ViewerFile { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? ViewerPage { get; set; }
    [BindProperty(SupportsGet = true, Name = "champ")] public long? SelectedField { get; set; }

    /// <summary>Reviewers see the full NIR on the dossier page; everybody else sees it masked.</summary>
    public bool ShowNir => User.IsInRole(Roles.Reviewer);
    public string UserName => User.Identity?.Name ?? "?";

    public PageInfo? Viewer => View.Pages.FirstOrDefault(p => p.FileId == ViewerFile && p.Number == ViewerPage)
        ?? View.Documents.Select(d => View.PagesOf(d).FirstOrDefault()).FirstOrDefault(p => p is not null);

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id)) return NotFound();
        await audit.RecordAsync(UserName, "view_dossier", "dossier", id);
        return Page();
    }

    public Task<IActionResult> OnPostCorrectAsync(long id, string key, string? value, string? reason) =>
        Done(id, actions.CorrectFieldAsync(id, key ?? "", value, reason, UserName), $"Correction de « {key} » enregistrée ; dossier réévalué.");

    public Task<IActionResult> OnPostAcceptAsync(long id, long fieldId) =>
        Done(id, actions.AcceptFieldAsync(id, fieldId, UserName), "Valeur acceptée.");

    public Task<IActionResult> OnPostDocumentTypeAsync(long id, long documentId, string type, string? reason) =>
        Done(id, actions.ChangeDocumentTypeAsync(documentId, type ?? "", reason, UserName), "Type de document corrigé.");

    public Task<IActionResult> OnPostSplitAsync(long id, long documentId, int firstPage, string? reason) =>
        Done(id, actions.SplitDocumentAsync(documentId, firstPage, reason, UserName), "Document scindé.");

    public Task<IActionResult> OnPostMoveAsync(long id, long documentId, string? number, string? reason) =>
        Done(id, actions.MoveDocumentAsync(documentId, number, reason, UserName), "Rattachement modifié.");

    public Task<IActionResult> OnPostReviewAsync(long id, string? decision, string? procedure, string? payer, string? reason) =>
        Done(id, actions.ReviewRoutingAsync(id, decision == "override", procedure, payer, reason, UserName),
            decision == "override" ? "Orientation modifiée." : "Orientation confirmée.");

    private async Task<IActionResult> Done(long id, Task<string?> action, string success)
    {
        var error = await action;
        if (error is null)
        {
            Message = success;
            return Redirect($"/dossiers/{id}" + (ViewerFile is long f && ViewerPage is int p ? $"?fichier={f}&p={p}" : ""));
        }
        if (!await LoadAsync(id)) return NotFound();
        Error = error;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(long id)
    {
        var view = await reader.LoadAsync(id, ShowNir);
        if (view is null) return false;
        View = view;
        NextDossierId = await queue.NextAfterAsync(id);
        return true;
    }

    public string ViewerUrl(long fileId, int page, long? field = null) =>
        $"/dossiers/{View.Header.Id}?fichier={fileId}&p={page}" + (field is long f ? $"&champ={f}" : "") + "#visionneuse";

    public DocumentInfo? DocumentOf(FieldInfo f) => View.Documents.FirstOrDefault(d => d.Id == f.DocumentId);

    /// <summary>"2026-03-01" → "01/03/2026".</summary>
    public static string Date(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "—";

    public string Confidence(double c) => c.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
}

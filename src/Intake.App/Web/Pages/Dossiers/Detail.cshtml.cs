using System.Globalization;
using Intake.App.Web.Auth;
using Intake.App.Web.Review;
using Intake.Pipeline.Dossiers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Dossiers;

/// <summary>
/// One dossier for a reviewer: documents and pages (viewer with the extracted fields' boxes), fields with
/// confidence and source, corrections, the rules panel and checklist, and the confirmation of the pre-routing.
/// Every view is audited; every change goes through a service of Intake.Pipeline.Dossiers (authorised, audited and
/// re-routed there); the handlers only call them and render.
/// </summary>
public sealed class DetailModel(DossierReader reader, DossierReviewService review, DocumentFilingService filing,
    DocumentCorrectionService documents, ReviewQueue queue, Audit audit) : PageModel
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

    public Task<IActionResult> OnPostCorrectAsync(long id, string key, string? value, string? reason)
    {
        var (json, error) = FactValueText.Parse(key ?? "", value);
        if (error is not null) return Refused(id, Refusal.Invalid(error));
        return Done(id, review.CorrectFieldAsync(User.Actor(), id, key!, json, reason), $"Correction de « {key} » enregistrée ; dossier réévalué.");
    }

    public Task<IActionResult> OnPostAcceptAsync(long id, long fieldId) =>
        Done(id, review.AcceptFieldAsync(User.Actor(), id, fieldId), "Valeur acceptée.");

    public Task<IActionResult> OnPostDocumentTypeAsync(long id, long documentId, string? type, string? reason) =>
        Done(id, documents.ChangeTypeAsync(User.Actor(), documentId, id, type, reason), "Type de document corrigé ; champs relus sous ce type.");

    public Task<IActionResult> OnPostSplitAsync(long id, long documentId, int firstPage, string? reason) =>
        Done(id, documents.SplitAsync(User.Actor(), documentId, id, firstPage, reason), "Document scindé.");

    public Task<IActionResult> OnPostMoveAsync(long id, long documentId, string? number, string? reason) =>
        Done(id, filing.MoveAsync(User.Actor(), documentId, id, number, reason), "Rattachement modifié.");

    public Task<IActionResult> OnPostReviewAsync(long id, string? decision, string? procedure, string? payer, string? reason) =>
        Done(id, review.ReviewRoutingAsync(User.Actor(), id, new RoutingDecision(decision == "override", procedure, payer, reason)),
            decision == "override" ? "Orientation modifiée." : "Orientation confirmée.");

    /// <summary>The complete date typed as JJ/MM/AAAA; empty gives the date back to the rules.</summary>
    public Task<IActionResult> OnPostCompleteDateAsync(long id, string? date, string? reason)
    {
        DateOnly? parsed = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!DateOnly.TryParseExact(date.Trim(), ["dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return Refused(id, Refusal.Invalid("Date attendue au format JJ/MM/AAAA."));
            parsed = d;
        }
        return Done(id, review.CorrectCompleteDateAsync(User.Actor(), id, parsed, reason),
            parsed is null ? "Date de complétude rendue aux règles." : "Date de complétude enregistrée.");
    }

    private async Task<IActionResult> Done<T>(long id, Task<ChangeResult<T>> action, string success)
    {
        var result = await action;
        if (!result.Ok) return await Refused(id, result.Refusal!);
        Message = success;
        return Redirect($"/dossiers/{id}" + (ViewerFile is long f && ViewerPage is int p ? $"?fichier={f}&p={p}" : ""));
    }

    private async Task<IActionResult> Refused(long id, Refusal refusal)
    {
        if (!await LoadAsync(id)) return NotFound();
        Error = refusal.MessageFr;
        Response.StatusCode = refusal.HttpStatus();
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

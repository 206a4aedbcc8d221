using System.Globalization;
using Intake.App.Web.Auth;
using Intake.App.Web.Review;
using Intake.Pipeline.Dossiers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Dossiers;

/// <summary>
/// One dossier for a reviewer (the review station): the page viewer (fields' boxes, clickable words) beside the
/// fields grouped as the claim form reads, the decision bar always on screen, the rules panel and checklist.
/// Every view is audited; every change goes through a service of Intake.Pipeline.Dossiers (authorised, audited and
/// re-routed there); the handlers only call them and render. A change sent by the page's script (header
/// <see cref="FetchHeader"/>) gets the re-rendered panels (<c>_Work</c>) or its refusal as text, never a redirect.
/// </summary>
public sealed class DetailModel(DossierReader reader, PageWords pageWords, DossierReviewService review, DocumentFilingService filing,
    DocumentCorrectionService documents, ReviewQueue queue, Audit audit) : PageModel
{
    public const string FetchHeader = "X-Intake-Fetch";

    public DossierView View { get; private set; } = null!;
    public IReadOnlyList<FieldGroup> Groups { get; private set; } = [];
    public IReadOnlyList<PageWord> Words { get; private set; } = [];
    /// <summary>The fact keys not checked yet whose reading is below the review threshold (the confirmation guard).</summary>
    public IReadOnlyList<FactRow> Unchecked => Groups.SelectMany(g => g.Rows).Where(r => r.NeedsCheck && r.Confidence < Labels.LowConfidence).ToList();
    public bool IsFetch => Request.Headers[FetchHeader] == "1";
    public long? NextDossierId { get; private set; }
    public string? Error { get; private set; }
    [TempData] public string? Message { get; set; }
    /// <summary>The outcome of a change sent by the page's script (shown in place of <see cref="Message"/>).</summary>
    public string? Notice { get; private set; }

    /// <summary>The page shown in the viewer: file and page number (default: the first page of the first document).</summary>
    [BindProperty(SupportsGet = true, Name = "fichier")] public long? ViewerFile { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? ViewerPage { get; set; }
    [BindProperty(SupportsGet = true, Name = "champ")] public long? SelectedField { get; set; }

    /// <summary>Reviewers see the full NIR on the dossier page; everybody else sees it masked.</summary>
    public bool ShowNir => User.IsInRole(Roles.Reviewer);
    public string UserName => User.Identity?.Name ?? "?";

    /// <summary>The field shown selected, else the first field to check, so that the station opens on it.</summary>
    public long? FocusField => SelectedField ?? Groups.SelectMany(g => g.Rows).Where(r => r.NeedsCheck).OrderBy(r => r.Confidence).FirstOrDefault()?.Best?.Field.Id;

    public PageInfo? Viewer => View.Pages.FirstOrDefault(p => p.FileId == ViewerFile && p.Number == ViewerPage)
        ?? PageOf(FocusField)
        ?? View.Documents.Select(d => View.PagesOf(d).FirstOrDefault()).FirstOrDefault(p => p is not null);

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id)) return NotFound();
        await audit.RecordAsync(UserName, "view_dossier", "dossier", id);
        return Page();
    }

    /// <summary>The viewer alone (another page of the dossier, a field's box), for the page's script.</summary>
    public async Task<IActionResult> OnGetViewerAsync(long id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Viewer is null || Viewer.FileId != ViewerFile || Viewer.Number != ViewerPage) return NotFound();
        await audit.RecordAsync(UserName, "view_dossier_page", "dossier", id, new { file = Viewer.FileId, page = Viewer.Number });
        return Partial("_Viewer", this);
    }

    public Task<IActionResult> OnPostCorrectAsync(long id, string key, string? value, string? reason)
    {
        var (json, error) = FactValueText.Parse(key ?? "", value);
        if (error is not null) return Refused(id, Refusal.Invalid(error));
        return Done(id, review.CorrectFieldAsync(User.Actor(), id, key!, json, reason), $"Correction de « {key} » enregistrée ; dossier réévalué.");
    }

    public Task<IActionResult> OnPostAcceptAsync(long id, long fieldId) =>
        Done(id, review.AcceptFieldAsync(User.Actor(), id, fieldId), "Valeur acceptée.");

    /// <summary>Accepts, in one go, every unchecked fact whose sources agree at or above the review threshold.</summary>
    public async Task<IActionResult> OnPostAcceptConfidentAsync(long id)
    {
        var result = await review.AcceptConfidentAsync(User.Actor(), id);
        return await Done(id, Task.FromResult(result), result.Ok ? $"{result.Value!.Count} valeur(s) sûre(s) acceptée(s)." : "");
    }

    public Task<IActionResult> OnPostDocumentTypeAsync(long id, long documentId, string? type, string? reason) =>
        Done(id, documents.ChangeTypeAsync(User.Actor(), documentId, id, type, reason), "Type de document corrigé ; champs relus sous ce type.");

    public Task<IActionResult> OnPostSplitAsync(long id, long documentId, int firstPage, string? reason) =>
        Done(id, documents.SplitAsync(User.Actor(), documentId, id, firstPage, reason), "Document scindé.");

    public Task<IActionResult> OnPostMoveAsync(long id, long documentId, string? number, string? reason) =>
        Done(id, filing.MoveAsync(User.Actor(), documentId, id, number, reason), "Rattachement modifié.");

    public Task<IActionResult> OnPostReviewAsync(long id, string? decision, string? procedure, string? payer, string? reason, string? uncheckedReason) =>
        Done(id, review.ReviewRoutingAsync(User.Actor(), id, new RoutingDecision(decision == "override", procedure, payer, reason, uncheckedReason)),
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
        if (IsFetch)
        {
            if (!await LoadAsync(id)) return NotFound();
            Notice = success;
            return Partial("_Work", this);
        }
        Message = success;
        return Redirect($"/dossiers/{id}" + (ViewerFile is long f && ViewerPage is int p ? $"?fichier={f}&p={p}" : ""));
    }

    private async Task<IActionResult> Refused(long id, Refusal refusal)
    {
        if (IsFetch) return new ContentResult { Content = refusal.MessageFr, ContentType = "text/plain; charset=utf-8", StatusCode = refusal.HttpStatus() };
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
        Groups = FieldGroups.Of(view, view.RetainedFacts);
        NextDossierId = await queue.NextAfterAsync(id);
        if (Viewer is PageInfo p) Words = await pageWords.LoadAsync(p.FileId, p.Number);
        return true;
    }

    public string ViewerUrl(long fileId, int page, long? field = null) =>
        $"/dossiers/{View.Header.Id}?fichier={fileId}&p={page}" + (field is long f ? $"&champ={f}" : "") + "#visionneuse";

    public string ViewerPartialUrl(long fileId, int page, long? field = null) =>
        $"/dossiers/{View.Header.Id}?handler=Viewer&fichier={fileId}&p={page}" + (field is long f ? $"&champ={f}" : "");

    private PageInfo? PageOf(long? fieldId)
    {
        if (View.Fields.FirstOrDefault(f => f.Id == fieldId) is not FieldInfo field || DocumentOf(field) is not DocumentInfo d) return null;
        return View.Pages.FirstOrDefault(p => p.FileId == d.FileId && p.Number == field.Page);
    }

    public DocumentInfo? DocumentOf(FieldInfo f) => View.Documents.FirstOrDefault(d => d.Id == f.DocumentId);

    /// <summary>"2026-03-01" → "01/03/2026".</summary>
    public static string Date(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "—";

    public string Confidence(double c) => c.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
}

using Intake.App.Web.Auth;
using Intake.App.Web.Mail;
using Intake.Pipeline.Dossiers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Mail;

/// <summary>
/// Unattached mail: each document with the dossiers it may belong to (<see cref="MailSuggestions"/>, attached in
/// one click), its type to correct (read again under the new type), the search for a dossier, and "open a new
/// dossier". Changes go through Intake.Pipeline.Dossiers (DocumentFilingService, DocumentCorrectionService).
/// </summary>
public sealed class UnattachedModel(UnattachedMail mail, MailSuggestions suggestions, DocumentFilingService filing, DocumentCorrectionService documents, Audit audit) : PageModel
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
    /// <summary>Suggested dossiers per document (the first <see cref="SuggestedDocuments"/> documents of the list).</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<MailSuggestion>> Suggestions { get; private set; } = new Dictionary<long, IReadOnlyList<MailSuggestion>>();
    public const int SuggestedDocuments = 50;
    private string UserName => User.Identity?.Name ?? "?";

    public async Task OnGetAsync()
    {
        Documents = await mail.ListAsync();
        Matches = await mail.SearchAsync(Query, BirthDate);
        var found = new Dictionary<long, IReadOnlyList<MailSuggestion>>();
        foreach (var d in Documents.Take(SuggestedDocuments))
            found[d.Id] = await suggestions.ForAsync(new MailSuggestions.Identity(d.Name, ParseDate(d.BirthDate), d.Nir));
        Suggestions = found;
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

    /// <summary>The type of an unattached document, corrected before filing it (its fields are read again under that type).</summary>
    public async Task<IActionResult> OnPostDocumentTypeAsync(long documentId, string? type, string? reason)
    {
        var result = await documents.ChangeTypeAsync(User.Actor(), documentId, null, type, reason);
        if (!result.Ok) return await Fail(result.Refusal!);
        Message = $"Type corrigé : {Intake.Domain.Documents.DocumentType.Label(type ?? "")}.";
        return Redirect("/courrier");
    }

    public async Task<IActionResult> OnPostOpenAsync(long documentId, string? reason)
    {
        var result = await filing.OpenDossierAsync(User.Actor(), documentId, reason);
        if (!result.Ok) return await Fail(result.Refusal!);
        Message = $"Dossier {result.Value!.DossierNumber} ouvert.";
        return Redirect("/courrier");
    }

    private static DateOnly? ParseDate(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    private async Task<IActionResult> Fail(Refusal refusal)
    {
        Error = refusal.MessageFr;
        await OnGetAsync();
        Response.StatusCode = refusal.HttpStatus();
        return Page();
    }
}

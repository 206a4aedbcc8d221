using Intake.App.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Admin;

/// <summary>The audit trail (views of dossiers, corrections with old → new and reason, logins), for admins.</summary>
public sealed class JournalModel(AuditLog log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "utilisateur")] public string? UserFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "evenement")] public string? ActionFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "cible")] public string? TargetType { get; set; }
    [BindProperty(SupportsGet = true, Name = "id")] public long? TargetId { get; set; }
    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await log.ListAsync(UserFilter, ActionFilter, TargetType, TargetId);

    /// <summary>
    /// Masks anything that looks like a NIR in the detail, whether its key checks or not (the journal is a list:
    /// nobody needs it there). New entries are stored masked already (Intake.Pipeline.Audit.AuditTrail); this
    /// covers older ones.
    /// </summary>
    public static string Detail(string? json) => json is null ? "" : Intake.Domain.Identity.NirText.MaskAll(json);
}

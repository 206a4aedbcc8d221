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

    /// <summary>Masks anything that looks like a NIR in the detail (the journal is a list: nobody needs it there).</summary>
    public static string Detail(string? json) => json is null ? "" :
        System.Text.RegularExpressions.Regex.Replace(json, @"\b[12][0-9AB ]{12,20}\b", m =>
            Intake.Domain.Identity.Nir.IsValid(m.Value) ? Intake.Domain.Identity.Nir.Mask(m.Value) : m.Value);
}

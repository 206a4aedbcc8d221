using Intake.App.Web.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Admin;

/// <summary>The audit trail (views of dossiers, corrections with old → new and reason, logins), in French, by pages, for admins.</summary>
public sealed class JournalModel(AuditLog log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "utilisateur")] public string? UserFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "evenement")] public string? ActionFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "cible")] public string? TargetType { get; set; }
    [BindProperty(SupportsGet = true, Name = "id")] public long? TargetId { get; set; }
    [BindProperty(SupportsGet = true, Name = "dossier")] public string? Dossier { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];
    public bool More { get; private set; }

    public async Task OnGetAsync()
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        (Rows, More) = await log.ListAsync(new AuditFilter(UserFilter, ActionFilter, TargetType, TargetId, Dossier, PageNumber));
    }

    /// <summary>
    /// The detail in French, with anything that looks like a NIR masked whether its key checks or not (the journal
    /// is a list: nobody needs it there). New entries are stored masked already (Intake.Pipeline.Audit.AuditTrail);
    /// this covers older ones.
    /// </summary>
    public static string Detail(string? json) => json is null ? "" : Intake.Domain.Identity.NirText.MaskAll(AuditLabels.Detail(json));

    public string Query(int page) =>
        QueryString.Create(new Dictionary<string, string?>
            {
                ["utilisateur"] = UserFilter, ["evenement"] = ActionFilter, ["cible"] = TargetType, ["dossier"] = Dossier,
                ["id"] = TargetId?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }
            .Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();
}

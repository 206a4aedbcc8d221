using Intake.App.Web.Auth;
using Intake.App.Web.Review;
using Intake.Domain.Identity;
using Intake.Pipeline.Dossiers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Review;

/// <summary>
/// The review queue: dossiers waiting for a reviewer, by legal urgency then age (or another order), with the
/// claimant's name (NIR masked), the days left on the 6-month clock, a search, and "assign to me" (through
/// <see cref="DossierReviewService.AssignAsync"/>) with a view of one's own dossiers.
/// </summary>
public sealed class QueueModel(ReviewQueue queue, DossierReviewService review, Func<DateOnly> today) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "drapeau")] public string? Flag { get; set; }
    [BindProperty(SupportsGet = true, Name = "procedure")] public string? Procedure { get; set; }
    [BindProperty(SupportsGet = true, Name = "etat")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "revue")] public string? ReviewState { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "tri")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "mes")] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>Pages beyond this hold nothing (5 million dossiers); a larger ?p= is read as this one.</summary>
    public const int MaxPage = 100_000;

    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];
    public QueueCounts Counts { get; private set; } = new(0, 0, 0, 0, 0, 0);
    public DateOnly Today { get; private set; }
    public string? Error { get; private set; }
    [TempData] public string? Message { get; set; }
    public string UserName => User.Identity?.Name ?? "?";

    public async Task OnGetAsync()
    {
        Today = today();
        var review = ReviewState is "confirmed" or "overridden" or "all" ? ReviewState : "pending";
        ReviewState = review;
        Sort = Sort is not null && ReviewQueue.Sorts.ContainsKey(Sort) ? Sort : "urgence";
        var filter = new QueueFilter(
            Labels.QueueFlags.Contains(Flag) ? Flag : null,
            Procedure is "none" || Labels.Procedures.Contains(Procedure) ? Procedure : null,
            Labels.DossierStatuses.Contains(Status) ? Status : null,
            review,
            PageNumber = Math.Clamp(PageNumber, 1, MaxPage),
            Search?.Length > 100 ? Search[..100] : Search,
            Mine ? UserName : null,
            Sort);
        var rows = queue.ListAsync(filter, Today);
        Counts = await queue.CountsAsync(Today);
        Rows = await rows;
    }

    /// <summary>"M'attribuer" / "Libérer" on a queue row; back to the same view of the queue.</summary>
    public async Task<IActionResult> OnPostAssignAsync(long dossierId, bool take, string? back)
    {
        var result = await review.AssignAsync(User.Actor(), dossierId, take);
        if (!result.Ok)
        {
            await OnGetAsync();
            Error = result.Refusal!.MessageFr;
            Response.StatusCode = result.Refusal.HttpStatus();
            return Page();
        }
        Message = take ? "Dossier attribué." : "Dossier libéré.";
        return Redirect("/revue" + (back is not null && back.StartsWith('?') ? back : ""));
    }

    public string Urgency(QueueRow r) =>
        r.PrescriptionRisk ? "urgent" : r.AvisDue is DateOnly d && d < Today ? "overdue" : r.AvisDue is DateOnly s && s <= Today.AddDays(ReviewQueue.DueSoonDays) ? "soon" : "";

    /// <summary>"J-42", "en retard de 12 j", or "—" when the clock does not run (dossier incomplete).</summary>
    public string DaysLeft(QueueRow r) => r.AvisDue is not DateOnly due ? "—"
        : due.DayNumber - Today.DayNumber is var n && n >= 0 ? $"{n} j restants" : $"en retard de {-n} j";

    public static string MaskedNir(QueueRow r) => r.VictimNir is null ? "" : Nir.Mask(r.VictimNir);

    public string Query(int page, string? sort = null) =>
        QueryString.Create(new Dictionary<string, string?>
            {
                ["drapeau"] = Flag, ["procedure"] = Procedure, ["etat"] = Status, ["revue"] = ReviewState, ["q"] = Search,
                ["tri"] = sort ?? Sort, ["mes"] = Mine ? "true" : null, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }
            .Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();
}

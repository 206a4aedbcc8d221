using Intake.App.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Review;

/// <summary>The review queue: dossiers waiting for a reviewer, by legal urgency then age.</summary>
public sealed class QueueModel(ReviewQueue queue, Func<DateOnly> today) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "drapeau")] public string? Flag { get; set; }
    [BindProperty(SupportsGet = true, Name = "procedure")] public string? Procedure { get; set; }
    [BindProperty(SupportsGet = true, Name = "etat")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "revue")] public string? ReviewState { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>Pages beyond this hold nothing (5 million dossiers); a larger ?p= is read as this one.</summary>
    public const int MaxPage = 100_000;

    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];
    public QueueCounts Counts { get; private set; } = new(0, 0, 0, 0, 0, 0);
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = today();
        var review = ReviewState is "confirmed" or "overridden" or "all" ? ReviewState : "pending";
        ReviewState = review;
        var filter = new QueueFilter(
            Labels.QueueFlags.Contains(Flag) ? Flag : null,
            Procedure is "none" || Labels.Procedures.Contains(Procedure) ? Procedure : null,
            Labels.DossierStatuses.Contains(Status) ? Status : null,
            review,
            PageNumber = Math.Clamp(PageNumber, 1, MaxPage));
        var rows = queue.ListAsync(filter, Today);
        Counts = await queue.CountsAsync(Today);
        Rows = await rows;
    }

    public string Urgency(QueueRow r) =>
        r.PrescriptionRisk ? "urgent" : r.AvisDue is DateOnly d && d < Today ? "overdue" : r.AvisDue is DateOnly s && s <= Today.AddDays(ReviewQueue.DueSoonDays) ? "soon" : "";

    public string Query(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["drapeau"] = Flag, ["procedure"] = Procedure, ["etat"] = Status, ["revue"] = ReviewState, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();
}

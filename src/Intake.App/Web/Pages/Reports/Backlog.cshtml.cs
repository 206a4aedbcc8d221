using System.Globalization;
using Intake.App.Web.Auth;
using Intake.App.Web.Reports;
using Intake.App.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Reports;

/// <summary>The managers' backlog report, with SVG charts, a chosen period for arrivals, and a CSV export of each table.</summary>
public sealed class BacklogModel(BacklogReport report, Func<DateOnly> today) : PageModel
{
    /// <summary>The most dossiers one CSV of the 6-month clock lists.</summary>
    public const int MaxCsvDossiers = 100_000;

    [BindProperty(SupportsGet = true, Name = "du")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "au")] public string? To { get; set; }
    public Backlog Data { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public Period Arrivals { get; private set; } = null!;

    /// <summary>Reviewers and admins open dossiers: for them dossier numbers are links.</summary>
    public bool CanOpenDossiers => User.IsInRole(Roles.Reviewer) || User.IsInRole(Roles.Admin);

    public async Task OnGetAsync()
    {
        Today = today();
        Arrivals = Period.Of(ParseDate(From), ParseDate(To), Today);
        Data = await report.BuildAsync(Today, Arrivals);
    }

    /// <summary>CSV of one table: statut, delai-avis (the dossiers themselves), arrivees (the chosen period), instructeurs, corrections.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string table)
    {
        Today = today();
        Arrivals = Period.Of(ParseDate(From), ParseDate(To), Today);
        var d = await report.BuildAsync(Today, Arrivals);
        (string[] Header, IEnumerable<IReadOnlyList<object?>> Rows) csv = table switch
        {
            "statut" => (["etat", "0-30 jours", "31-90 jours", "91-180 jours", "plus de 180 jours", "total"],
                d.StatusAge.Select(r => (IReadOnlyList<object?>)[Labels.DossierStatus(r.Status), r.Days0To30, r.Days31To90, r.Days91To180, r.Over180, r.Total])),
            "delai-avis" => (["dossier", "recu le", "avis du le", "jours restants", "jours de retard"],
                (await report.AvisDueAsync(MaxCsvDossiers)).Select(r => r.AvisDue.DayNumber - Today.DayNumber is var left
                    ? (IReadOnlyList<object?>)[r.Number, r.ReceiptDate, r.AvisDue, left >= 0 ? left : null, left < 0 ? -left : null] : [])),
            "arrivees" => (["semaine du", "fichiers recus"], d.IntakePerWeek.Select(w => (IReadOnlyList<object?>)[w.Week, w.Count])),
            "instructeurs" => (["instructeur", "7 derniers jours", "28 derniers jours", "total"],
                d.Throughput.Select(t => (IReadOnlyList<object?>)[t.Reviewer, t.Last7Days, t.Last28Days, t.Total])),
            "corrections" => (["champ", "corrections", "valeurs lues", "taux"],
                d.CorrectionRates.Select(c => (IReadOnlyList<object?>)[Labels.Field(c.Key), c.Corrections, c.Reads, c.Rate])),
            _ => (Array.Empty<string>(), Array.Empty<IReadOnlyList<object?>>()),
        };
        if (csv.Header.Length == 0) return NotFound();
        return File(Csv.Write(csv.Header, csv.Rows), "text/csv; charset=utf-8", $"intake-{table}-{Today:yyyy-MM-dd}.csv");
    }

    private static DateOnly? ParseDate(string? s) =>
        DateOnly.TryParseExact(s?.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public string PeriodQuery => $"&du={Arrivals.From:yyyy-MM-dd}&au={Arrivals.To:yyyy-MM-dd}";

    public string StatusChart() => SvgChart.Rows("Dossiers par état",
        Data.StatusAge.Select(r => (Labels.DossierStatus(r.Status), (double)r.Total)).ToList());

    public string AgeChart() => SvgChart.Columns("Dossiers par ancienneté (depuis la réception)",
        [("0–30 j", Data.StatusAge.Sum(r => r.Days0To30)), ("31–90 j", Data.StatusAge.Sum(r => r.Days31To90)),
         ("91–180 j", Data.StatusAge.Sum(r => r.Days91To180)), ("> 180 j", Data.StatusAge.Sum(r => r.Over180))]);

    public string ClockChart() => SvgChart.Columns("Dossiers complets sans avis, face au délai de 6 mois",
        [("en retard", Data.AvisClock.Overdue), ("< 30 j", Data.AvisClock.DueIn30Days), ("< 90 j", Data.AvisClock.DueIn90Days), ("plus tard", Data.AvisClock.Later)]);

    public string IntakeChart() => SvgChart.Columns("Fichiers reçus par semaine",
        Data.IntakePerWeek.Select(w => (w.Week.ToString("dd/MM", CultureInfo.InvariantCulture), (double)w.Count)).ToList());

    public string ThroughputChart() => SvgChart.Rows("Dossiers examinés sur 28 jours, par instructeur",
        Data.Throughput.Select(t => (t.Reviewer, (double)t.Last28Days)).ToList());

    public string CorrectionChart() => SvgChart.Rows("Taux de correction par champ",
        Data.CorrectionRates.Take(20).Select(c => (Labels.Field(c.Key), c.Rate)).ToList(), v => v.ToString("P0", CultureInfo.GetCultureInfo("fr-FR")));
}

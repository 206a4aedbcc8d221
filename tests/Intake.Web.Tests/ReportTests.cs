using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Intake.App.Web.Auth;
using Intake.App.Web.Bench;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>The backlog report on a dossier received a year ago: its age bucket, the 6-month CSV listing it, the chosen arrivals period.</summary>
[Collection(WebCollection.Name)]
public sealed class ReportTests(WebAppFixture app)
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The age cells (0–30, 31–90, 91–180, > 180 days) of a status row; a distinct period each time so that no cached report is read.</summary>
    private async Task<long[]> AgesAsync(WebClientSession manager, string status, DateOnly periodStart)
    {
        var (code, html, _) = await WebAppFixture.GetAsync(manager, $"/rapports?du={Iso(periodStart)}");
        Assert.Equal(HttpStatusCode.OK, code);
        var row = Regex.Match(html, $"<tr data-status=\"{status}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        return Regex.Matches(row, "<td[^>]*>(\\d+)</td>").Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Take(4).ToArray();
    }

    [Fact]
    public async Task A_dossier_received_a_year_ago_is_over_180_days_old_and_listed_in_the_6_month_csv()
    {
        var dossier = await Seed.ClaimAsync(app.Database.Db, Path.Combine(app.Home, "archive"), "VINCENT", "1490375123455", 20, app.Today);
        var manager = await app.SignInAsync(WebAppFixture.UserOfRole[Roles.Manager]);
        string status;
        await using (var conn = await app.Database.Db.OpenAsync())
            status = await conn.ExecuteScalarAsync<string>("select status from dossier where id = @DossierId", dossier) ?? "";
        var before = await AgesAsync(manager, status, app.Today.AddDays(-30));

        // Imported a year late: opened today, received (and complete) a year ago; the avis is overdue.
        await using (var conn = await app.Database.Db.OpenAsync())
            await conn.ExecuteAsync("update dossier set receipt_date = @r, complete = true, complete_date = @r, avis_due = @due where id = @DossierId",
                new { r = app.Today.AddDays(-365), due = app.Today.AddDays(-182), dossier.DossierId });
        var after = await AgesAsync(manager, status, app.Today.AddDays(-31));
        Assert.Equal(before[0] - 1, after[0]);
        Assert.Equal(before[3] + 1, after[3]);

        using var csv = await manager.Http.GetAsync("/rapports?handler=Csv&table=delai-avis");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains($"{dossier.Number};{Iso(app.Today.AddDays(-365))};{Iso(app.Today.AddDays(-182))};;182", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arrivals_are_counted_over_the_chosen_period_week_by_week()
    {
        var manager = await app.SessionAsync(Roles.Manager);
        using var csv = await manager.Http.GetAsync("/rapports?handler=Csv&table=arrivees&du=2025-01-08&au=2025-03-30");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // Header, then the weeks of Monday 6 January to Monday 24 March 2025.
        Assert.Equal(1 + 12, lines.Length);
        Assert.StartsWith("2025-01-06;", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2025-03-24;", lines[^1], StringComparison.Ordinal);
        var (_, html, _) = await WebAppFixture.GetAsync(manager, "/rapports?du=2025-01-08&au=2025-03-30");
        Assert.Contains("value=\"2025-01-08\"", html, StringComparison.Ordinal);
    }
}

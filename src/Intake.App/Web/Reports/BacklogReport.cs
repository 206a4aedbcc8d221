using Dapper;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Reports;

public sealed record StatusAgeRow(string Status, long Days0To30, long Days31To90, long Days91To180, long Over180)
{
    public long Total => Days0To30 + Days31To90 + Days91To180 + Over180;
}

public sealed record AvisClockRow(long Overdue, long DueIn30Days, long DueIn90Days, long Later);
public sealed record AvisDueRow(long Id, string Number, DateOnly AvisDue, string ReviewStatus);
public sealed record WeekCount(DateOnly Week, long Count);
public sealed record ThroughputRow(string Reviewer, long Last7Days, long Last28Days, long Total);
public sealed record CorrectionRateRow(string Key, long Corrections, long Reads)
{
    public double Rate => Reads == 0 ? (Corrections > 0 ? 1 : 0) : (double)Corrections / Reads;
}

public sealed record Backlog(IReadOnlyList<StatusAgeRow> StatusAge, AvisClockRow AvisClock, IReadOnlyList<AvisDueRow> NextDue,
    IReadOnlyList<WeekCount> IntakePerWeek, IReadOnlyList<ThroughputRow> Throughput, IReadOnlyList<CorrectionRateRow> CorrectionRates);

/// <summary>
/// The managers' backlog: dossiers by status and age, complete dossiers against the 6-month avis clock
/// (D-AVIS-6M), intake per week, reviewer throughput, and the correction rate per field (how often reviewers
/// changed what extraction read: its live accuracy). The queries run in parallel, one connection each.
/// </summary>
public sealed class BacklogReport(Database db, DashboardCache cache)
{
    public const int Weeks = 12;

    /// <summary>The report (cached 30 s; any change made through the dashboard refreshes it at once).</summary>
    public Task<Backlog> BuildAsync(DateOnly today) =>
        cache.GetAsync($"backlog:{today:yyyy-MM-dd}", TimeSpan.FromSeconds(30), () => BuildNowAsync(today));

    private async Task<Backlog> BuildNowAsync(DateOnly today)
    {
        var statusAge = Query<StatusAgeRow>("""
            select status,
                   count(*) filter (where created_at >= @d30) as Days0To30,
                   count(*) filter (where created_at < @d30 and created_at >= @d90) as Days31To90,
                   count(*) filter (where created_at < @d90 and created_at >= @d180) as Days91To180,
                   count(*) filter (where created_at < @d180) as Over180
            from dossier group by status order by status
            """, today);
        var clock = Query<AvisClockRow>("""
            select count(*) filter (where avis_due < @today) as Overdue,
                   count(*) filter (where avis_due >= @today and avis_due < @in30) as DueIn30Days,
                   count(*) filter (where avis_due >= @in30 and avis_due < @in90) as DueIn90Days,
                   count(*) filter (where avis_due >= @in90) as Later
            from dossier where complete and avis_due is not null and review_status = 'pending'
            """, today);
        var nextDue = Query<AvisDueRow>("""
            select id, number, avis_due as AvisDue, review_status as ReviewStatus
            from dossier where complete and avis_due is not null and review_status = 'pending' order by avis_due limit 15
            """, today);
        var intake = Query<WeekCount>("""
            select date_trunc('week', received_on)::date as Week, count(*) as Count
            from intake_file where received_on >= @weeksAgo group by 1 order by 1
            """, today);
        var throughput = Query<ThroughputRow>("""
            select reviewed_by as Reviewer,
                   count(*) filter (where reviewed_at >= @t7) as Last7Days,
                   count(*) filter (where reviewed_at >= @t28) as Last28Days,
                   count(*) as Total
            from dossier where reviewed_at is not null group by reviewed_by order by 3 desc, 1
            """, today);
        var corrections = Query<CorrectionRateRow>("""
            with c as (
                select key, count(*) as n from correction where old_value is distinct from new_value group by key
            ), v as (
                select key, count(*) as n from field where key in (select key from c) group by key
            )
            select c.key as Key, c.n as Corrections, coalesce(v.n, 0) as Reads from c left join v using (key) order by 2 desc, 1
            """, today);
        await Task.WhenAll(statusAge, clock, nextDue, intake, throughput, corrections);
        return new Backlog(statusAge.Result, clock.Result.Single(), nextDue.Result, FillWeeks(intake.Result, today), throughput.Result, corrections.Result);
    }

    /// <summary>Every week of the window, zero when nothing came in (a chart with gaps lies).</summary>
    public static IReadOnlyList<WeekCount> FillWeeks(IReadOnlyList<WeekCount> counts, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var byWeek = counts.ToDictionary(c => c.Week, c => c.Count);
        return Enumerable.Range(0, Weeks).Select(i => monday.AddDays(-7 * (Weeks - 1 - i)))
            .Select(w => new WeekCount(w, byWeek.GetValueOrDefault(w))).ToList();
    }

    private async Task<IReadOnlyList<T>> Query<T>(string sql, DateOnly today)
    {
        var now = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        await using var conn = await db.OpenAsync();
        return (await conn.QueryAsync<T>(sql, new
        {
            today,
            in30 = today.AddDays(30),
            in90 = today.AddDays(90),
            weeksAgo = today.AddDays(-7 * Weeks),
            d30 = now.AddDays(-30),
            d90 = now.AddDays(-90),
            d180 = now.AddDays(-180),
            t7 = now.AddDays(-7),
            t28 = now.AddDays(-28),
        })).ToList();
    }
}

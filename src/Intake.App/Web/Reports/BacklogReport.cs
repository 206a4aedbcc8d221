using Dapper;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Reports;

public sealed record StatusAgeRow(string Status, long Days0To30, long Days31To90, long Days91To180, long Over180)
{
    public long Total => Days0To30 + Days31To90 + Days91To180 + Over180;
}

public sealed record AvisClockRow(long Overdue, long DueIn30Days, long DueIn90Days, long Later);
/// <summary>A complete dossier waiting for its avis (mapped by property: Dapper cannot bind nullable DateOnly through a constructor).</summary>
public sealed record AvisDueRow
{
    public long Id { get; init; }
    public string Number { get; init; } = "";
    public DateOnly AvisDue { get; init; }
    public string ReviewStatus { get; init; } = "";
    public DateOnly? ReceiptDate { get; init; }
}
public sealed record WeekCount(DateOnly Week, long Count);
public sealed record ThroughputRow(string Reviewer, long Last7Days, long Last28Days, long Total);
public sealed record CorrectionRateRow(string Key, long Corrections, long Reads)
{
    public double Rate => Reads == 0 ? (Corrections > 0 ? 1 : 0) : (double)Corrections / Reads;
}

public sealed record Backlog(IReadOnlyList<StatusAgeRow> StatusAge, AvisClockRow AvisClock, IReadOnlyList<AvisDueRow> NextDue,
    IReadOnlyList<WeekCount> IntakePerWeek, IReadOnlyList<ThroughputRow> Throughput, IReadOnlyList<CorrectionRateRow> CorrectionRates);

/// <summary>The period of the arrivals chart: whole weeks from the Monday of <see cref="From"/> to the week of <see cref="To"/>.</summary>
public sealed record Period(DateOnly From, DateOnly To)
{
    public const int MaxWeeks = 104;

    /// <summary>The default: the last <see cref="BacklogReport.Weeks"/> weeks up to <paramref name="today"/>.</summary>
    public static Period Default(DateOnly today) => new(today.AddDays(-7 * (BacklogReport.Weeks - 1)), today);

    /// <summary>A period as asked (either end may be missing), put in order and bounded to <see cref="MaxWeeks"/> weeks.</summary>
    public static Period Of(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var end = to ?? today;
        var start = from ?? end.AddDays(-7 * (BacklogReport.Weeks - 1));
        if (start > end) (start, end) = (end, start);
        if (end.DayNumber - start.DayNumber > 7 * (MaxWeeks - 1)) start = end.AddDays(-7 * (MaxWeeks - 1));
        return new(start, end);
    }

    public DateOnly FirstMonday => BacklogReport.Monday(From);
    public int WeekCount => (BacklogReport.Monday(To).DayNumber - FirstMonday.DayNumber) / 7 + 1;
}

/// <summary>
/// The managers' backlog: dossiers by status and age (from the receipt of the claim, else the dossier's opening),
/// complete dossiers against the 6-month avis clock
/// (D-AVIS-6M), intake per week, reviewer throughput, and the correction rate per field (how often reviewers
/// changed what extraction read: its live accuracy). The queries run in parallel, one connection each.
/// </summary>
public sealed class BacklogReport(Database db, DashboardCache cache)
{
    public const int Weeks = 12;

    /// <summary>The report (cached 30 s; any change made through the dashboard refreshes it at once).</summary>
    public Task<Backlog> BuildAsync(DateOnly today, Period? arrivals = null)
    {
        var period = arrivals ?? Period.Default(today);
        return cache.GetAsync($"backlog:{today:yyyy-MM-dd}:{period.From:yyyy-MM-dd}:{period.To:yyyy-MM-dd}", TimeSpan.FromSeconds(30), () => BuildNowAsync(today, period));
    }

    /// <summary>Every complete dossier without an avis, earliest due first (the 6-month clock's CSV lists them all).</summary>
    public async Task<IReadOnlyList<AvisDueRow>> AvisDueAsync(int limit)
    {
        await using var conn = await db.OpenAsync();
        return (await conn.QueryAsync<AvisDueRow>("""
            select id, number, avis_due as AvisDue, review_status as ReviewStatus, receipt_date as ReceiptDate
            from dossier where complete and avis_due is not null and review_status = 'pending' order by avis_due, id limit @limit
            """, new { limit })).ToList();
    }

    private async Task<Backlog> BuildNowAsync(DateOnly today, Period period)
    {
        // Age counts from the receipt of the claim form (the legal clocks' start), else the day the dossier was opened.
        var statusAge = Query<StatusAgeRow>("""
            select status,
                   count(*) filter (where age < 31) as Days0To30,
                   count(*) filter (where age between 31 and 90) as Days31To90,
                   count(*) filter (where age between 91 and 180) as Days91To180,
                   count(*) filter (where age > 180) as Over180
            from (select status, @today - coalesce(receipt_date, created_at::date) as age from dossier) d
            group by status order by status
            """, today);
        var clock = Query<AvisClockRow>("""
            select count(*) filter (where avis_due < @today) as Overdue,
                   count(*) filter (where avis_due >= @today and avis_due < @in30) as DueIn30Days,
                   count(*) filter (where avis_due >= @in30 and avis_due < @in90) as DueIn90Days,
                   count(*) filter (where avis_due >= @in90) as Later
            from dossier where complete and avis_due is not null and review_status = 'pending'
            """, today);
        var nextDue = Query<AvisDueRow>("""
            select id, number, avis_due as AvisDue, review_status as ReviewStatus, receipt_date as ReceiptDate
            from dossier where complete and avis_due is not null and review_status = 'pending' order by avis_due limit 15
            """, today);
        var intake = Query<WeekCount>("""
            select date_trunc('week', received_on)::date as Week, count(*) as Count
            from intake_file where received_on >= @from and received_on < @until group by 1 order by 1
            """, today, new { from = period.FirstMonday, until = Monday(period.To).AddDays(7) });
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
        return new Backlog(statusAge.Result, clock.Result.Single(), nextDue.Result, FillWeeks(intake.Result, period), throughput.Result, corrections.Result);
    }

    public static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>Every week of the period, zero when nothing came in (a chart with gaps lies).</summary>
    public static IReadOnlyList<WeekCount> FillWeeks(IReadOnlyList<WeekCount> counts, Period period)
    {
        var byWeek = counts.ToDictionary(c => c.Week, c => c.Count);
        return Enumerable.Range(0, period.WeekCount).Select(i => period.FirstMonday.AddDays(7 * i))
            .Select(w => new WeekCount(w, byWeek.GetValueOrDefault(w))).ToList();
    }

    private async Task<IReadOnlyList<T>> Query<T>(string sql, DateOnly today, object? extra = null)
    {
        var now = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var args = new DynamicParameters(new
        {
            today,
            in30 = today.AddDays(30),
            in90 = today.AddDays(90),
            t7 = now.AddDays(-7),
            t28 = now.AddDays(-28),
        });
        if (extra is not null) args.AddDynamicParams(extra);
        await using var conn = await db.OpenAsync();
        return (await conn.QueryAsync<T>(sql, args)).ToList();
    }
}

using Dapper;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Review;

/// <summary>
/// Filters of the review queue (all optional; <see cref="Review"/> defaults to dossiers waiting for review).
/// <see cref="Search"/>: a dossier number (or part of it), a birth date (JJ/MM/AAAA) or a name;
/// <see cref="AssignedTo"/>: only the dossiers a reviewer took; <see cref="Sort"/>: one of <see cref="ReviewQueue.Sorts"/>.
/// </summary>
public sealed record QueueFilter(string? Flag = null, string? Procedure = null, string? Status = null, string Review = "pending", int Page = 1,
    string? Search = null, string? AssignedTo = null, string Sort = "urgence");

/// <summary>Mapped by property (Dapper cannot bind nullable DateOnly through a constructor).</summary>
public sealed record QueueRow
{
    public long Id { get; init; }
    public string Number { get; init; } = null!;
    public string Status { get; init; } = null!;
    public string ReviewStatus { get; init; } = null!;
    public string? Procedure { get; init; }
    public string? Gravity { get; init; }
    public string[] Flags { get; init; } = null!;
    public bool Complete { get; init; }
    public DateOnly? AvisDue { get; init; }
    public DateOnly? ReceiptDate { get; init; }
    public DateTime CreatedAt { get; init; }
    public bool PrescriptionRisk { get; init; }
    public string? VictimName { get; init; }
    public string? VictimNir { get; init; }
    public DateOnly? VictimBirthDate { get; init; }
    public string? AssignedTo { get; init; }
}

public sealed record QueueCounts(long Pending, long PrescriptionRisk, long AvisOverdue, long AvisDueSoon, long Incomplete, long Unattached);

/// <summary>
/// The reviewers' queue: dossiers waiting for review by legal urgency — prescription risk first, then the
/// 6-month avis clock (earliest due first, none last), then age (oldest first). Index: dossier_review_queue_idx.
/// </summary>
public sealed class ReviewQueue(Database db, DashboardCache cache)
{
    public const int PageSize = 50;
    public const int DueSoonDays = 30;

    public async Task<IReadOnlyList<QueueRow>> ListAsync(QueueFilter f, DateOnly today)
    {
        await using var conn = await db.OpenAsync();
        var where = new List<string>();
        if (f.Review != "all") where.Add("review_status = @Review");
        if (!string.IsNullOrEmpty(f.Flag)) where.Add("flags @> array[@Flag]::text[]");
        if (f.Procedure == "none") where.Add("procedure is null");
        else if (!string.IsNullOrEmpty(f.Procedure)) where.Add("procedure = @Procedure");
        if (!string.IsNullOrEmpty(f.Status)) where.Add("status = @Status");
        if (!string.IsNullOrEmpty(f.AssignedTo)) where.Add("assigned_to = @AssignedTo");
        var search = QueueSearch.Parse(f.Search);
        if (search.NumberLike is not null) where.Add(@"number like @NumberLike escape '\'");
        if (search.BirthDate is not null) where.Add("victim_birth_date = @BirthDate");
        if (search.NameKey is not null) where.Add(@"exists (select 1 from unnest(victim_name_keys) k where k like @NameKey escape '\')");
        var order = Sorts.GetValueOrDefault(f.Sort) ?? Sorts["urgence"];
        var sql = $"""
            select id, number, status, review_status as ReviewStatus, procedure, gravity, flags, complete,
                   avis_due as AvisDue, receipt_date as ReceiptDate, created_at as CreatedAt, prescription_risk as PrescriptionRisk,
                   nullif(trim(concat_ws(' ', facts ->> 'victime.nom', facts ->> 'victime.prenoms')), '') as VictimName,
                   victim_nir as VictimNir, victim_birth_date as VictimBirthDate, assigned_to as AssignedTo
            from dossier
            {(where.Count > 0 ? "where " + string.Join(" and ", where) : "")}
            order by {order}
            limit {PageSize} offset @offset
            """;
        return (await conn.QueryAsync<QueueRow>(sql, new
        {
            f.Review, f.Flag, f.Procedure, f.Status, f.AssignedTo, search.NumberLike, search.BirthDate, search.NameKey,
            offset = (Math.Max(1L, f.Page) - 1) * PageSize,
        })).ToList();
    }

    /// <summary>The queue's orders (query value → SQL): legal urgency by default, then the 6-month clock, receipt, number, name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sorts = new Dictionary<string, string>
    {
        ["urgence"] = "prescription_risk desc, avis_due nulls last, created_at, id",
        ["avis"] = "avis_due nulls last, id",
        ["recu"] = "receipt_date nulls last, id",
        ["recu-desc"] = "receipt_date desc nulls last, id desc",
        ["numero"] = "number",
        ["nom"] = "facts ->> 'victime.nom' nulls last, facts ->> 'victime.prenoms', id",
    };

    /// <summary>The counts at the top of the queue (cached a few seconds: they scan every pending dossier).</summary>
    public Task<QueueCounts> CountsAsync(DateOnly today) =>
        cache.GetAsync($"queue-counts:{today:yyyy-MM-dd}", TimeSpan.FromSeconds(10), () => CountNowAsync(today));

    private async Task<QueueCounts> CountNowAsync(DateOnly today)
    {
        await using var conn = await db.OpenAsync();
        var c = await conn.QuerySingleAsync<QueueCounts>("""
            select count(*) as Pending,
                   count(*) filter (where prescription_risk) as PrescriptionRisk,
                   count(*) filter (where avis_due < @today) as AvisOverdue,
                   count(*) filter (where avis_due >= @today and avis_due <= @soon) as AvisDueSoon,
                   count(*) filter (where not complete) as Incomplete,
                   0::bigint as Unattached
            from dossier where review_status = 'pending'
            """, new { today, soon = today.AddDays(DueSoonDays) });
        var unattached = await conn.ExecuteScalarAsync<long>("select count(*) from document where dossier_id is null and attachment <> 'pending'");
        return c with { Unattached = unattached };
    }

    /// <summary>The next dossier in queue order after <paramref name="currentId"/> (for "dossier suivant").</summary>
    public async Task<long?> NextAfterAsync(long currentId)
    {
        await using var conn = await db.OpenAsync();
        return await conn.ExecuteScalarAsync<long?>("""
            select id from dossier
            where review_status = 'pending' and id <> @currentId
            order by prescription_risk desc, avis_due nulls last, created_at, id
            limit 1
            """, new { currentId });
    }
}

using Dapper;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Admin;

public sealed record AuditRow(long Id, DateTime At, string? UserName, string Action, string? TargetType, long? TargetId, string? Detail, string? DossierNumber);

/// <summary>Filters of the journal: user, action code, target type and id, a dossier (by its number: its own entries and its documents').</summary>
public sealed record AuditFilter(string? User = null, string? Action = null, string? TargetType = null, long? TargetId = null, string? DossierNumber = null, int Page = 1);

/// <summary>The audit trail for administrators: newest first, filterable, by pages of <see cref="PageSize"/>.</summary>
public sealed class AuditLog(Database db)
{
    public const int PageSize = 100;

    /// <summary>One page of entries, and whether another page follows.</summary>
    public async Task<(IReadOnlyList<AuditRow> Rows, bool More)> ListAsync(AuditFilter f)
    {
        var where = new List<string>();
        if (!string.IsNullOrWhiteSpace(f.User)) where.Add("a.user_name = @user");
        if (!string.IsNullOrWhiteSpace(f.Action)) where.Add("a.action = @action");
        if (!string.IsNullOrWhiteSpace(f.TargetType)) where.Add("a.target_type = @targetType");
        if (f.TargetId is not null) where.Add("a.target_id = @targetId");
        long? dossierId = null;
        await using var conn = await db.OpenAsync();
        if (!string.IsNullOrWhiteSpace(f.DossierNumber))
        {
            dossierId = await conn.ExecuteScalarAsync<long?>("select id from dossier where number = @n", new { n = f.DossierNumber.Trim().ToUpperInvariant() }) ?? -1;
            where.Add("((a.target_type = 'dossier' and a.target_id = @dossierId) or (a.target_type = 'document' and a.detail ->> 'dossier' = @dossierText))");
        }
        var rows = (await conn.QueryAsync<AuditRow>($"""
            select a.id, a.at, a.user_name as UserName, a.action, a.target_type as TargetType, a.target_id as TargetId, a.detail::text as Detail,
                   d.number as DossierNumber
            from audit_event a left join dossier d on a.target_type = 'dossier' and d.id = a.target_id
            {(where.Count > 0 ? "where " + string.Join(" and ", where) : "")}
            order by a.at desc, a.id desc limit {PageSize + 1} offset @offset
            """, new
        {
            user = f.User?.Trim(), action = f.Action?.Trim(), targetType = f.TargetType?.Trim(), targetId = f.TargetId,
            dossierId, dossierText = dossierId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            offset = (Math.Clamp(f.Page, 1, 100_000) - 1L) * PageSize,
        })).ToList();
        return (rows.Take(PageSize).ToList(), rows.Count > PageSize);
    }
}

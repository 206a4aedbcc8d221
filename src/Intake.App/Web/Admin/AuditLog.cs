using Dapper;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Admin;

public sealed record AuditRow(long Id, DateTime At, string? UserName, string Action, string? TargetType, long? TargetId, string? Detail);

/// <summary>The audit trail for administrators: newest first, filterable by user, action and target.</summary>
public sealed class AuditLog(Database db)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<AuditRow>> ListAsync(string? user, string? action, string? targetType, long? targetId)
    {
        var where = new List<string>();
        if (!string.IsNullOrWhiteSpace(user)) where.Add("user_name = @user");
        if (!string.IsNullOrWhiteSpace(action)) where.Add("action = @action");
        if (!string.IsNullOrWhiteSpace(targetType)) where.Add("target_type = @targetType");
        if (targetId is not null) where.Add("target_id = @targetId");
        await using var conn = await db.OpenAsync();
        return (await conn.QueryAsync<AuditRow>($"""
            select id, at, user_name as UserName, action, target_type as TargetType, target_id as TargetId, detail::text as Detail
            from audit_event {(where.Count > 0 ? "where " + string.Join(" and ", where) : "")}
            order by at desc, id desc limit {PageSize}
            """, new { user = user?.Trim(), action = action?.Trim(), targetType = targetType?.Trim(), targetId })).ToList();
    }
}

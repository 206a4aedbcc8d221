using System.Text.Json;
using Dapper;
using Intake.Pipeline.Storage;
using Npgsql;

namespace Intake.App.Web;

/// <summary>The audit trail: who saw or changed what, and when (health data).</summary>
public sealed class Audit(Database db)
{
    public async Task RecordAsync(string? userName, string action, string? targetType = null, long? targetId = null, object? detail = null)
    {
        await using var conn = await db.OpenAsync();
        await RecordAsync(conn, null, userName, action, targetType, targetId, detail);
    }

    /// <summary>Records inside the caller's transaction: the change and its audit entry commit together.</summary>
    public static Task RecordAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string? userName, string action,
        string? targetType = null, long? targetId = null, object? detail = null) =>
        conn.ExecuteAsync("""
            insert into audit_event (user_name, action, target_type, target_id, detail) values (@userName, @action, @targetType, @targetId, @detail::jsonb)
            """, new { userName, action, targetType, targetId, detail = detail is null ? null : JsonSerializer.Serialize(detail) }, tx);
}

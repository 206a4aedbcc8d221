using System.Text.Json;
using Dapper;
using Intake.Domain.Identity;
using Npgsql;

namespace Intake.Pipeline.Audit;

/// <summary>
/// The audit trail (health data): who saw or changed what, and when. Entries are written in the caller's
/// transaction, so a change and its entry commit together. Details never hold a NIR in clear: anything that
/// looks like one is masked before it is stored (<see cref="NirText"/>).
/// </summary>
public static class AuditTrail
{
    public static Task RecordAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string? userName, string action,
        string? targetType = null, long? targetId = null, object? detail = null) =>
        conn.ExecuteAsync("""
            insert into audit_event (user_name, action, target_type, target_id, detail) values (@userName, @action, @targetType, @targetId, @detail::jsonb)
            """, new { userName, action, targetType, targetId, detail = DetailJson(detail) }, tx);

    /// <summary>The stored form of a detail: JSON with every NIR-like run masked.</summary>
    public static string? DetailJson(object? detail) =>
        detail is null ? null : NirText.MaskAll(JsonSerializer.Serialize(detail));
}

using Intake.Pipeline.Audit;
using Intake.Pipeline.Storage;

namespace Intake.App.Web;

/// <summary>The dashboard's entries in the audit trail (<see cref="AuditTrail"/>): views, searches, logins, account changes.</summary>
public sealed class Audit(Database db)
{
    public async Task RecordAsync(string? userName, string action, string? targetType = null, long? targetId = null, object? detail = null)
    {
        await using var conn = await db.OpenAsync();
        await AuditTrail.RecordAsync(conn, null, userName, action, targetType, targetId, detail);
    }
}

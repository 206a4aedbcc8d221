using Intake.Pipeline.Routing;
using Intake.Pipeline.Storage;
using Npgsql;

namespace Intake.Pipeline.Dossiers;

/// <summary>Told after any committed change to documents or dossiers (the dashboard drops its cached counts).</summary>
public interface IDossierChangeListener
{
    void DossiersChanged();
}

/// <summary>What a change returns from inside its transaction: its outcome, and the dossiers to route again.</summary>
internal sealed record Changed<T>(T Value, IReadOnlyCollection<long> Reroute);

/// <summary>
/// Runs one change in one transaction: the change itself (which takes its row locks and writes its audit entry),
/// then the re-evaluation by <see cref="DossierRouter"/> of every dossier it touched, then the commit. A
/// <see cref="RefusedException"/> rolls everything back and becomes the refusal of the result.
/// </summary>
public sealed class ChangeRunner(Database db, DossierRouter router, Func<DateOnly> today, IEnumerable<IDossierChangeListener> listeners)
{
    internal async Task<ChangeResult<T>> RunAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<Changed<T>>> change, CancellationToken ct)
    {
        await using (var conn = await db.OpenAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            try
            {
                var changed = await change(conn, tx);
                foreach (var id in changed.Reroute.Distinct().Order())
                    await router.RouteOneAsync(conn, tx, id, today(), ct);
                await tx.CommitAsync(ct);
                foreach (var l in listeners) l.DossiersChanged();
                return ChangeResult<T>.Done(changed.Value);
            }
            catch (RefusedException e)
            {
                await tx.RollbackAsync(ct);
                return ChangeResult<T>.Refused(e.Refusal);
            }
        }
    }

    /// <summary>The same refusal without opening a transaction (invalid input, role not allowed).</summary>
    internal static ChangeResult<T> Refuse<T>(Refusal refusal) => ChangeResult<T>.Refused(refusal);
}

using Npgsql;

namespace Intake.Pipeline.Routing;

/// <summary>
/// Stage 8: for every dossier touched by a file, consolidate its facts from all its documents and the
/// reviewers' corrections, run the rules engine (Intake.Domain, pure), and store the decision.
/// </summary>
public sealed partial class DossierRouter
{
    public async Task RouteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<long> dossierIds, DateOnly today, CancellationToken ct)
    {
        foreach (var id in dossierIds.Distinct().Order())
            await RouteOneAsync(conn, tx, id, today, ct);
    }
}

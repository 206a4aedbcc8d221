using Intake.Pipeline.Storage;
using Npgsql;

namespace Intake.App.Eval;

/// <summary>
/// The fresh database of one `intake eval` or `intake bench` run (intake_eval_… / intake_bench_…), dropped when the
/// run ends, whether it succeeded or failed, unless it is kept (--keep-db) for a look with psql. Dispose it after the
/// services that use it: the drop closes this process' pooled connections and forces out any other session.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string serverConnectionString;
    private readonly TextWriter log;

    public string Name { get; }
    public bool Keep { get; }
    public string ConnectionString { get; }

    private ScratchDatabase(string serverConnectionString, string name, bool keep, TextWriter log)
    {
        this.serverConnectionString = serverConnectionString;
        this.log = log;
        Name = name;
        Keep = keep;
        ConnectionString = Database.WithDatabase(serverConnectionString, name);
    }

    /// <param name="prefix">"eval" or "bench": the database is named intake_PREFIX_UTCTIME_PID.</param>
    public static async Task<ScratchDatabase> CreateAsync(string serverConnectionString, string prefix, bool keep, TextWriter log, CancellationToken ct = default)
    {
        var name = $"intake_{prefix}_{DateTime.UtcNow:yyyyMMddHHmmss}_{Environment.ProcessId}";
        await Database.CreateDatabaseAsync(serverConnectionString, name, ct);
        return new ScratchDatabase(serverConnectionString, name, keep, log);
    }

    public async ValueTask DisposeAsync()
    {
        if (Keep)
        {
            await log.WriteLineAsync($"database {Name} kept (--keep-db): drop it with `drop database {Name}`");
            return;
        }
        try
        {
            // Idle pooled connections to the scratch database would block a plain DROP; WITH (FORCE) also ends
            // sessions still open elsewhere (PostgreSQL 13+).
            NpgsqlConnection.ClearAllPools();
            var csb = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
            await using var conn = new NpgsqlConnection(csb.ConnectionString);
            await conn.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database if exists \"{Name}\" with (force)", conn);
            await drop.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // Never hide the run's own outcome (or its exception) behind a failed clean-up.
            await log.WriteLineAsync($"warning: could not drop database {Name}: {e.Message.Split('\n')[0]}");
        }
    }
}

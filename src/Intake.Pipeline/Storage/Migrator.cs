using System.Reflection;
using Dapper;

namespace Intake.Pipeline.Storage;

/// <summary>
/// Applies the embedded SQL files of Storage/Migrations in name order, each once, at start-up.
/// Several processes may start together: a session advisory lock makes them take turns.
/// </summary>
public static class Migrator
{
    private const long LockKey = 0x1a7a_6e00_0001;

    public static async Task<IReadOnlyList<string>> MigrateAsync(Database db, CancellationToken ct = default)
    {
        await using var conn = await db.OpenAsync(ct);
        await conn.ExecuteAsync("select pg_advisory_lock(@k)", new { k = LockKey });
        try
        {
            await conn.ExecuteAsync("""
                create table if not exists schema_migration (
                    name text primary key, applied_at timestamptz not null default now())
                """);
            var applied = (await conn.QueryAsync<string>("select name from schema_migration")).ToHashSet();
            var done = new List<string>();
            foreach (var (name, sql) in Scripts())
            {
                if (applied.Contains(name)) continue;
                await using var tx = await conn.BeginTransactionAsync(ct);
                await conn.ExecuteAsync(sql, transaction: tx);
                await conn.ExecuteAsync("insert into schema_migration (name) values (@name)", new { name }, tx);
                await tx.CommitAsync(ct);
                done.Add(name);
            }
            return done;
        }
        finally
        {
            await conn.ExecuteAsync("select pg_advisory_unlock(@k)", new { k = LockKey });
        }
    }

    internal static IEnumerable<(string Name, string Sql)> Scripts()
    {
        var asm = Assembly.GetExecutingAssembly();
        const string prefix = "Intake.Pipeline.Storage.Migrations.";
        foreach (var res in asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var s = asm.GetManifestResourceStream(res)!;
            using var r = new StreamReader(s);
            yield return (res[prefix.Length..], r.ReadToEnd());
        }
    }
}

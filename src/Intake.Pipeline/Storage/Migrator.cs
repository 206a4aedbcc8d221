using System.Reflection;
using Dapper;
using Npgsql;

namespace Intake.Pipeline.Storage;

/// <summary>
/// Applies the embedded SQL files of Storage/Migrations in name order, each once. Several processes may start
/// together: a session advisory lock makes them take turns. Migrations are the schema owner's job (`intake
/// migrate`, run as the owner role); the application's own role (no superuser, no DDL — see
/// <see cref="GrantAppRoleAsync"/>) only checks that nothing is pending, which needs no privilege.
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
            var exists = await conn.ExecuteScalarAsync<bool>("select to_regclass('schema_migration') is not null");
            var applied = exists ? (await conn.QueryAsync<string>("select name from schema_migration")).ToHashSet() : [];
            var pending = Scripts().Where(s => !applied.Contains(s.Name)).ToList();
            if (pending.Count == 0) return [];
            try
            {
                if (!exists)
                    await conn.ExecuteAsync("create table schema_migration (name text primary key, applied_at timestamptz not null default now())");
                var done = new List<string>();
                foreach (var (name, sql) in pending)
                {
                    await using var tx = await conn.BeginTransactionAsync(ct);
                    await conn.ExecuteAsync(sql, transaction: tx);
                    await conn.ExecuteAsync("insert into schema_migration (name) values (@name)", new { name }, tx);
                    await tx.CommitAsync(ct);
                    done.Add(name);
                }
                return done;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                throw new InvalidOperationException(
                    $"The database schema needs {pending.Count} migration(s) and this database role may not change it: run `intake migrate` as the owner role (README, Deployment).", e);
            }
        }
        finally
        {
            await conn.ExecuteAsync("select pg_advisory_unlock(@k)", new { k = LockKey });
        }
    }

    /// <summary>Whether the connected role may change the schema (create objects in the database): the owner, not the application.</summary>
    public static async Task<bool> CanChangeSchemaAsync(Database db)
    {
        await using var conn = await db.OpenAsync();
        return await conn.ExecuteScalarAsync<bool>("select has_database_privilege(current_database(), 'CREATE') and has_schema_privilege('public', 'CREATE')");
    }

    /// <summary>
    /// Gives the application's role what it needs and nothing more: connect, read and write the tables (schemas
    /// public and, once installed, hangfire), use the sequences — but only read and add audit entries, never
    /// change or delete them (the retention purge goes through intake_purge_audit, owned by the owner). Run by the
    /// owner after the migrations; the role itself is created by the launcher or the deployment (no superuser,
    /// no CREATEDB, no CREATEROLE).
    /// </summary>
    public static async Task GrantAppRoleAsync(Database db, string role, CancellationToken ct = default)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(role, "^[a-z_][a-z0-9_]{0,62}$"))
            throw new ArgumentException("invalid role name", nameof(role));
        await using var conn = await db.OpenAsync(ct);
        var hangfire = await conn.ExecuteScalarAsync<bool>("select to_regnamespace('hangfire') is not null");
        var database = await conn.ExecuteScalarAsync<string>("select current_database()");
        var sql = $"""
            grant connect on database "{database}" to {role};
            grant usage on schema public to {role};
            grant select, insert, update, delete on all tables in schema public to {role};
            revoke update, delete, truncate on audit_event from {role};
            revoke insert, update, delete, truncate on schema_migration from {role};
            grant usage, select, update on all sequences in schema public to {role};
            grant execute on function intake_purge_audit(int) to {role};
            """;
        if (hangfire)
            sql += $"""

                grant usage on schema hangfire to {role};
                grant select, insert, update, delete on all tables in schema hangfire to {role};
                grant usage, select, update on all sequences in schema hangfire to {role};
                """;
        await conn.ExecuteAsync(sql);
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

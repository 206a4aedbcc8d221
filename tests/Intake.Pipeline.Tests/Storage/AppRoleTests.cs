using Dapper;
using Intake.Pipeline.Storage;
using Intake.Pipeline.Tests.Support;
using Npgsql;

namespace Intake.Pipeline.Tests.Storage;

/// <summary>
/// The application's database role (created by the launcher or the deployment; granted by `intake migrate` run
/// as the owner): it reads and writes the data, adds audit entries, checks that no migration is pending — and
/// can neither change the schema nor alter the audit trail.
/// </summary>
public sealed class AppRoleTests : DatabaseTest
{
    [Fact]
    public async Task The_application_role_writes_data_but_never_the_schema_or_past_audit_entries()
    {
        var role = $"t_app_{Guid.NewGuid():N}"[..20];
        var password = Guid.NewGuid().ToString("N");
        await using (var conn = await Db.OpenAsync())
            await conn.ExecuteAsync($"create role {role} login password '{password}' nosuperuser nocreatedb nocreaterole");
        await Migrator.GrantAppRoleAsync(Db, role);
        var asApp = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Username = role, Password = password }.ConnectionString;
        await using var app = new Database(asApp);

        Assert.Empty(await Migrator.MigrateAsync(app)); // up to date: nothing to do, no privilege needed
        Assert.False(await Migrator.CanChangeSchemaAsync(app));
        await using var conn2 = await app.OpenAsync();
        Assert.False(await conn2.ExecuteScalarAsync<bool>("select rolsuper from pg_roles where rolname = current_user"));
        var fileId = await Store.FileAsync(app);
        await conn2.ExecuteAsync("update intake_file set status = 'quarantined' where id = @fileId", new { fileId });
        await conn2.ExecuteAsync("insert into audit_event (user_name, action) values ('remi', 'view_dossier')");

        async Task Denied(string sql) =>
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await Assert.ThrowsAsync<PostgresException>(() => conn2.ExecuteAsync(sql))).SqlState);
        await Denied("create table intruder (id int)");
        await Denied("update audit_event set user_name = 'quelqu''un'");
        await Denied("delete from audit_event");
        await Denied("alter table dossier add column x int");
        await Denied("delete from schema_migration");
        // The purge goes through the owner's function, which keeps at least 180 days.
        Assert.Equal(0, await conn2.ExecuteScalarAsync<long>("select intake_purge_audit(365)"));
    }
}

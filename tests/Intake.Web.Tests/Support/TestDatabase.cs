using Intake.Pipeline.Storage;

namespace Intake.Web.Tests.Support;

/// <summary>
/// A fresh database on the test PostgreSQL server that scripts/test starts (INTAKE_TEST_DB). No mocks:
/// every integration test talks to a real server.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";
    public Database Db { get; private set; } = null!;

    public static string Server =>
        Environment.GetEnvironmentVariable("INTAKE_TEST_DB")
        ?? throw new InvalidOperationException("INTAKE_TEST_DB is not set: run the tests through scripts/test, which starts a PostgreSQL server.");

    public async Task InitializeAsync()
    {
        var name = $"t_{Guid.NewGuid():N}"[..30];
        await Database.CreateDatabaseAsync(Server, name);
        ConnectionString = Database.WithDatabase(Server, name);
        Db = new Database(ConnectionString);
        await Migrator.MigrateAsync(Db);
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();
}

using Intake.Pipeline.Storage;

namespace Intake.TestSupport;

/// <summary>
/// A fresh, migrated database on a real PostgreSQL server (no mocks): the one scripts/test starts
/// (INTAKE_TEST_DB), or the given server (a private cluster the test may stop).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public string ConnectionString { get; private set; } = "";
    public Database Db { get; private set; } = null!;

    public static string Server =>
        Environment.GetEnvironmentVariable("INTAKE_TEST_DB")
        ?? throw new InvalidOperationException("INTAKE_TEST_DB is not set: run the tests through scripts/test, which starts a PostgreSQL server.");

    public static async Task<TestDatabase> CreateAsync(string? server = null)
    {
        var db = new TestDatabase();
        var name = $"t_{Guid.NewGuid():N}"[..30];
        await Database.CreateDatabaseAsync(server ?? Server, name);
        db.ConnectionString = Database.WithDatabase(server ?? Server, name);
        db.Db = new Database(db.ConnectionString);
        await Migrator.MigrateAsync(db.Db);
        return db;
    }

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();
}

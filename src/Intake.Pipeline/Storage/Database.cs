using Npgsql;

namespace Intake.Pipeline.Storage;

/// <summary>The one owner of PostgreSQL connections for the pipeline, the web app and the CLI.</summary>
public sealed class Database : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; }
    public string ConnectionString { get; }

    public Database(string connectionString)
    {
        ConnectionString = connectionString;
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        DataSource = builder.Build();
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken ct = default) => DataSource.OpenConnectionAsync(ct);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    /// <summary>Creates a database on the same server (used by `intake eval` for a fresh database).</summary>
    public static async Task CreateDatabaseAsync(string serverConnectionString, string name, CancellationToken ct = default)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-z0-9_]{0,62}$"))
            throw new ArgumentException("invalid database name", nameof(name));
        var csb = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using var conn = new NpgsqlConnection(csb.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"create database \"{name}\"", conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public static string WithDatabase(string connectionString, string name) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
}

using System.Diagnostics;
using System.Security.Cryptography;
using Dapper;

namespace Intake.Reliability.Tests.Infrastructure;

/// <summary>
/// A fresh database and data folder for `intake worker` processes: the same environment variables as
/// production (INTAKE_DB / INTAKE_HOME / INTAKE_MODELS), with short limits so that tests stay fast.
/// </summary>
public sealed class WorkerSandbox : IAsyncDisposable
{
    private readonly List<AppProcess> _processes = [];

    private WorkerSandbox(TestDatabase db, string home)
    {
        Database = db;
        Home = home;
        Inbox = Path.Combine(home, "inbox");
        Directory.CreateDirectory(Inbox);
    }

    public TestDatabase Database { get; }
    public string Home { get; }
    public string Inbox { get; set; }
    public string Archive => Path.Combine(Home, "archive");
    public string Quarantine => Path.Combine(Home, "quarantine");

    /// <summary>Everything every started process printed (for the log scan and failure messages).</summary>
    public string AllOutput => string.Join("\n", _processes.Select(p => p.Output));

    public static async Task<WorkerSandbox> CreateAsync(string? server = null) =>
        new(await TestDatabase.CreateAsync(server), Repo.TempDir("intake-rel"));

    public Dictionary<string, string> Env(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var env = new Dictionary<string, string>
        {
            ["INTAKE_DB"] = Database.ConnectionString,
            ["INTAKE_HOME"] = Home,
            ["INTAKE_INBOX"] = Inbox,
            ["INTAKE_MODELS"] = Repo.Models,
            ["INTAKE_WORKERS"] = "2",
            ["INTAKE_STABLE_SECONDS"] = "1",
            ["INTAKE_RESCAN_SECONDS"] = "2",
            ["INTAKE_JOB_LEASE_SECONDS"] = "15",
            ["INTAKE_REQUEUE_AFTER_SECONDS"] = "10",
            ["INTAKE_FILE_TIMEOUT_SECONDS"] = "120",
        };
        foreach (var (k, v) in overrides ?? new Dictionary<string, string>()) env[k] = v;
        return env;
    }

    public async Task<AppProcess> StartWorkerAsync(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var p = new AppProcess("worker", Env(overrides));
        _processes.Add(p);
        await p.WaitForOutputAsync("Watching the inbox folder", TimeSpan.FromMinutes(2));
        return p;
    }

    /// <summary>
    /// Writes a file into the inbox the way a scanner's network copy ends: under a hidden name, then renamed.
    /// Returns its SHA-256.
    /// </summary>
    public string Drop(string relativePath, byte[] content)
    {
        var target = Path.Combine(Inbox, relativePath);
        var dir = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, "." + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(tmp, content);
        File.Move(tmp, target);
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }

    /// <summary>Counts of intake_file rows by status.</summary>
    public async Task<Dictionary<string, int>> StatusCountsAsync()
    {
        await using var conn = await Database.Db.OpenAsync();
        var rows = await conn.QueryAsync<(string, int)>("select status, count(*)::int from intake_file group by status");
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing early if every watched process died.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, params AppProcess[] alive)
    {
        var sw = Stopwatch.StartNew();
        while (!await TryAsync(condition))
        {
            foreach (var p in alive) Assert.False(p.HasExited, $"the worker died while waiting for {what}:\n{Tail(p.Output)}");
            Assert.True(sw.Elapsed < timeout, $"{what}: not reached in {timeout}. Status: {string.Join(", ", (await TryCountsAsync()).Select(kv => $"{kv.Key}={kv.Value}"))}\n{Tail(AllOutput)}");
            await Task.Delay(300);
        }
    }

    /// <summary>Waits until <paramref name="expected"/> files are recorded and none is pending.</summary>
    public Task WaitAllDoneAsync(int expected, TimeSpan timeout, params AppProcess[] alive) =>
        WaitUntilAsync(async () =>
        {
            var c = await StatusCountsAsync();
            return c.Values.Sum() >= expected && !c.ContainsKey("pending");
        }, timeout, $"{expected} files done", alive);

    private static async Task<bool> TryAsync(Func<Task<bool>> condition)
    {
        try { return await condition(); }
        catch (Npgsql.NpgsqlException) { return false; } // the test's own server may be down on purpose
    }

    private async Task<Dictionary<string, int>> TryCountsAsync()
    {
        try { return await StatusCountsAsync(); }
        catch (Npgsql.NpgsqlException) { return []; }
    }

    public static string Tail(string s, int chars = 6000) => s.Length <= chars ? s : "…" + s[^chars..];

    public async ValueTask DisposeAsync()
    {
        foreach (var p in _processes) p.Dispose();
        await Database.DisposeAsync();
        try { Directory.Delete(Home, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

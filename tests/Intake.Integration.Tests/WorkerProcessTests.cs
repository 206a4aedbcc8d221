using System.Security.Cryptography;
using Dapper;
using Xunit.Abstractions;

namespace Intake.Integration.Tests;

/// <summary>
/// The worker as it runs in production: a separate `intake worker` process with Hangfire on PostgreSQL and the
/// watched folder. Files are dropped into the folder; the test waits for the database to say they are done.
/// </summary>
public sealed class WorkerProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private string _home = "";

    public async Task InitializeAsync() { _home = Repo.TempDir("intake-worker"); _db = await TestDatabase.CreateAsync(); }
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Dictionary<string, string> Env() => new()
    {
        ["INTAKE_DB"] = _db.ConnectionString,
        ["INTAKE_HOME"] = _home,
        ["INTAKE_MODELS"] = Repo.Models,
        ["INTAKE_WORKERS"] = "2",
    };

    [Fact]
    public async Task Files_dropped_in_the_watched_folder_are_archived_processed_or_quarantined_and_leave_the_inbox()
    {
        var inbox = Path.Combine(_home, "inbox");
        var picked = SampleCorpus.Good.Where(f => !f.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).Take(2)
            .Concat(SampleCorpus.Good.Where(f => f.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).Take(2))
            .Concat(SampleCorpus.Broken.Take(2)).ToList();
        using var worker = new AppProcess("worker", Env());
        await worker.WaitForOutputAsync("Watching the inbox folder", TimeSpan.FromMinutes(2));
        var hashes = new Dictionary<string, string>();
        foreach (var f in picked)
        {
            var target = Path.Combine(inbox, "2026-03-02", Path.GetFileName(f.Path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(SampleCorpus.PathOf(f), target);
            hashes[Path.GetFileName(f.Path)] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(target)));
        }

        await using var conn = await _db.Db.OpenAsync();
        // The worker schedules its recurring jobs: the recovery sweep and the retention purge.
        var recurring = (await conn.QueryAsync<string>("select value from hangfire.set where key = 'recurring-jobs'")).ToList();
        Assert.Contains("recover-pending-files", recurring);
        Assert.Contains("retention-purge", recurring);
        var deadline = DateTime.UtcNow.AddMinutes(6);
        List<(string Name, string Status, string Sha, string Archive)> rows;
        while (true)
        {
            rows = (await conn.QueryAsync<(string, string, string, string)>(
                "select original_name, status, sha256, archive_path from intake_file")).ToList();
            if (rows.Count == picked.Count && rows.All(r => r.Item2 != "pending")) break;
            Assert.False(worker.HasExited, worker.Output);
            Assert.True(DateTime.UtcNow < deadline, $"files not done in time: {rows.Count}/{picked.Count}\n{worker.Output}");
            await Task.Delay(500);
        }
        foreach (var f in picked)
        {
            var name = Path.GetFileName(f.Path);
            var row = rows.Single(r => r.Name == $"2026-03-02/{name}");
            Assert.Equal(f.IsBroken ? "quarantined" : "processed", row.Status);
            Assert.Equal(hashes[name], row.Sha);
            var archived = Path.Combine(_home, "archive", row.Archive);
            Assert.Equal(hashes[name], Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(archived))));
        }
        Assert.Empty(Directory.GetFiles(inbox, "*", SearchOption.AllDirectories));
        var received = await conn.QueryAsync<DateOnly>("select distinct received_on from intake_file");
        Assert.Equal([new DateOnly(2026, 3, 2)], received);
        output.WriteLine($"{picked.Count} files through the worker process");
    }
}

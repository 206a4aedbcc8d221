using Dapper;
using Intake.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Intake.Reliability.Tests;

/// <summary>
/// kill -9 of the worker process in the middle of a batch, twice (once while the inbox is being ingested, once
/// while files are being processed), then a restart: every file ends processed or quarantined exactly once.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_the_worker_mid_batch_loses_and_doubles_nothing()
    {
        await using var box = await WorkerSandbox.CreateAsync();
        const int total = 200;
        var shas = new List<string>();
        // Mostly 1–2 page born-digital letters, one in 20 a PNG scan (OCR), one in 50 a broken file.
        for (int i = 0; i < total; i++)
        {
            var day = $"2026-03-{1 + i % 5:D2}";
            if (i % 50 == 7) shas.Add(box.Drop($"{day}/abime_{i:D3}.pdf", TestFiles.Pdf(i)[..600]));
            else if (i % 20 == 3) shas.Add(box.Drop($"{day}/scan_{i:D3}.png", TestFiles.ScanPng(i)));
            else shas.Add(box.Drop($"{day}/courrier_{i:D3}.pdf", TestFiles.Pdf(i, 1 + i % 2)));
        }

        var kills = 0;
        var first = await box.StartWorkerAsync();
        await box.WaitUntilAsync(async () => (await box.StatusCountsAsync()).Values.Sum() >= 25, TimeSpan.FromMinutes(2), "ingestion under way", first);
        first.Kill();
        kills++;
        var atFirstKill = await box.StatusCountsAsync();

        var second = await box.StartWorkerAsync();
        await box.WaitUntilAsync(async () => (await box.StatusCountsAsync()).GetValueOrDefault("processed") >= 90, TimeSpan.FromMinutes(3), "processing under way", second);
        second.Kill();
        kills++;
        var atSecondKill = await box.StatusCountsAsync();

        var third = await box.StartWorkerAsync();
        await box.WaitAllDoneAsync(total, TimeSpan.FromMinutes(4), third);

        var files = await Invariants.AssertNothingLostAsync(box, shas);
        Assert.Empty(Invariants.InboxLeftovers(box.Inbox));
        Assert.Equal(total / 50, files.Count(f => f.Status == "quarantined"));
        Assert.All(files.Where(f => f.OriginalName.Contains("abime")), f => Assert.Equal("quarantined", f.Status));
        Assert.All(files, f => Assert.InRange(f.Attempts, 1, 3));
        await using var conn = await box.Database.Db.OpenAsync();
        var sightings = await conn.ExecuteScalarAsync<int>("select count(*) from file_sighting where not is_duplicate");
        Assert.Equal(total, sightings);

        output.WriteLine($"crash: {total} files, {kills} SIGKILLs (at {Describe(atFirstKill)} and {Describe(atSecondKill)}), " +
                         $"after restart {files.Count(f => f.Status == "processed")} processed + {files.Count(f => f.Status == "quarantined")} quarantined, " +
                         $"{files.Count(f => f.Attempts > 1)} files run again after a kill, 0 lost, 0 doubled");
    }

    private static string Describe(Dictionary<string, int> counts) =>
        string.Join("/", new[] { "pending", "processed", "quarantined" }.Select(s => $"{counts.GetValueOrDefault(s)} {s}"));
}

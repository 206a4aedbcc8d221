using Dapper;
using Intake.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Intake.Reliability.Tests;

/// <summary>
/// A crash of the worker (here kill -9, as the kernel's out-of-memory killer would) while several files are in
/// flight is counted against none of them: they run again, alone, and are processed — even with
/// INTAKE_MAX_ATTEMPTS=1, where counting the crash would have quarantined every one of them.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class CrashIsolationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Files_in_flight_when_the_worker_dies_are_not_quarantined_for_it()
    {
        await using var box = await WorkerSandbox.CreateAsync();
        var overrides = new Dictionary<string, string> { ["INTAKE_MAX_ATTEMPTS"] = "1" };
        var shas = Enumerable.Range(0, 6).Select(i => box.Drop($"2026-04-01/scan_{i}.png", TestFiles.ScanPng(900 + i))).ToList();

        var first = await box.StartWorkerAsync(overrides);
        await box.WaitUntilAsync(async () =>
        {
            await using var conn = await box.Database.Db.OpenAsync();
            return await conn.ExecuteScalarAsync<int>("select count(*) from intake_file where run_started_at is not null and status = 'pending'") >= 2;
        }, TimeSpan.FromMinutes(2), "two files in flight", first);
        first.Kill();
        int inFlight;
        await using (var conn = await box.Database.Db.OpenAsync())
            inFlight = await conn.ExecuteScalarAsync<int>("select count(*) from intake_file where run_started_at is not null and status = 'pending'");

        var second = await box.StartWorkerAsync(overrides);
        await box.WaitAllDoneAsync(shas.Count, TimeSpan.FromMinutes(3), second);

        var files = await Invariants.AssertNothingLostAsync(box, shas);
        Assert.All(files, f => Assert.True(f.Status == "processed", $"{f.OriginalName}: {f.Status} {f.ErrorFr}"));
        await using var db = await box.Database.Db.OpenAsync();
        var ranAlone = await db.ExecuteScalarAsync<int>("select count(*) from intake_file where needs_solo and run_alone");
        Assert.True(ranAlone >= 2, $"{ranAlone} files ran alone after the crash");
        Assert.Equal(0, await db.ExecuteScalarAsync<int>("select coalesce(sum(failures), 0) from intake_file"));
        output.WriteLine($"crash isolation: worker killed with {inFlight} files in flight (INTAKE_MAX_ATTEMPTS=1); after restart they ran alone " +
                         $"({ranAlone} files) and all {files.Count} files were processed, none quarantined");
    }
}

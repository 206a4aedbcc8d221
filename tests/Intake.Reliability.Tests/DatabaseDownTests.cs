using Intake.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Intake.Reliability.Tests;

/// <summary>PostgreSQL stops while files are being ingested and processed, then comes back: the worker recovers alone.</summary>
[Trait("Category", "Reliability")]
public sealed class DatabaseDownTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_worker_survives_a_database_outage_and_loses_nothing()
    {
        Assert.True(PrivatePostgres.CanRun, "this test runs as root with the PostgreSQL server binaries (scripts/test)");
        using var pg = PrivatePostgres.Create();
        await using var box = await WorkerSandbox.CreateAsync(pg.Server);
        var worker = await box.StartWorkerAsync();
        const int total = 80;
        var shas = new List<string>();
        for (int i = 0; i < 40; i++) shas.Add(box.Drop($"2026-05-04/lettre_{i:D2}.pdf", TestFiles.Pdf(20_000 + i, 1 + i % 3)));
        await box.WaitUntilAsync(async () => (await box.StatusCountsAsync()).GetValueOrDefault("processed") >= 10,
            TimeSpan.FromMinutes(2), "processing under way", worker);

        var before = await box.StatusCountsAsync();
        pg.Stop();
        var downAt = DateTime.UtcNow;
        // Mail keeps arriving while the database is down: it must wait in the inbox, not vanish.
        for (int i = 40; i < total; i++) shas.Add(box.Drop($"2026-05-04/lettre_{i:D2}.pdf", TestFiles.Pdf(20_000 + i, 1 + i % 3)));
        await Task.Delay(TimeSpan.FromSeconds(12));
        Assert.False(worker.HasExited, "the worker died with the database");
        var waitingInInbox = Invariants.InboxLeftovers(box.Inbox).Count;
        Assert.True(waitingInInbox >= total - 40, $"only {waitingInInbox} files kept in the inbox while the database was down");
        pg.Start();
        var outage = DateTime.UtcNow - downAt;

        await box.WaitAllDoneAsync(total, TimeSpan.FromMinutes(4), worker);
        var recovered = DateTime.UtcNow - downAt - outage;
        var files = await Invariants.AssertNothingLostAsync(box, shas);
        Assert.All(files, f => Assert.Equal("processed", f.Status));
        Assert.Empty(Invariants.InboxLeftovers(box.Inbox));
        Assert.Contains("database unavailable", worker.Output);

        output.WriteLine($"database down: {total} files, PostgreSQL stopped for {outage.TotalSeconds:0} s after {before.GetValueOrDefault("processed")} were processed, " +
                         $"{waitingInInbox} files waited in the inbox; the same worker process finished all {total} " +
                         $"{recovered.TotalSeconds:0} s after the restart, 0 lost, 0 doubled");
    }
}

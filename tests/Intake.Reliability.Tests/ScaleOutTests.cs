using System.Text.RegularExpressions;
using Dapper;
using Intake.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Intake.Reliability.Tests;

/// <summary>Two worker processes on one database and one inbox share a burst of files without doing any twice.</summary>
[Trait("Category", "Reliability")]
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_workers_share_a_burst_of_500_files_and_process_each_once()
    {
        await using var box = await WorkerSandbox.CreateAsync();
        const int total = 500;
        var a = await box.StartWorkerAsync();
        var b = await box.StartWorkerAsync();
        var started = DateTime.UtcNow;
        var shas = Enumerable.Range(0, total).Select(i => box.Drop($"2026-04-0{1 + i % 3}/envoi_{i:D3}.pdf", TestFiles.Pdf(10_000 + i))).ToList();

        await box.WaitAllDoneAsync(total, TimeSpan.FromMinutes(5), a, b);
        var elapsed = DateTime.UtcNow - started;

        var files = await Invariants.AssertNothingLostAsync(box, shas);
        Assert.All(files, f => Assert.Equal("processed", f.Status));
        Assert.All(files, f => Assert.Equal(1, f.Attempts)); // nobody started a file another worker had taken
        Assert.Empty(Invariants.InboxLeftovers(box.Inbox));

        await using var conn = await box.Database.Db.OpenAsync();
        // Hangfire records the server that ran each job in the Processing state's data.
        var byServer = (await conn.QueryAsync<(string Server, int Jobs)>("""
            select s.data::jsonb ->> 'ServerId', count(distinct s.jobid)::int
            from hangfire.state s join hangfire.job j on j.id = s.jobid
            where s.name = 'Processing' and j.invocationdata::text like '%ProcessFileJob%'
            group by 1
            """)).ToList();
        Assert.Equal(2, byServer.Count);
        Assert.All(byServer, s => Assert.True(s.Jobs >= total / 10, $"server {s.Server} ran only {s.Jobs} jobs"));
        Assert.Equal(total, byServer.Sum(s => s.Jobs));
        Assert.Equal(total, await conn.ExecuteScalarAsync<int>("select count(*) from file_sighting where not is_duplicate"));

        // Both processes' logs say which files they processed: no file in both.
        var doneByA = ProcessedIds(a.Output);
        var doneByB = ProcessedIds(b.Output);
        Assert.Empty(doneByA.Intersect(doneByB));
        Assert.Equal(total, doneByA.Count + doneByB.Count);

        output.WriteLine($"scale-out: {total} files in {elapsed.TotalSeconds:0} s ({total / elapsed.TotalSeconds:0.0} files/s) on 2 worker processes × 2 workers; " +
                         $"process A {doneByA.Count}, process B {doneByB.Count}; Hangfire servers: {string.Join(", ", byServer.Select(s => s.Jobs))} jobs; " +
                         "0 files processed twice, every file 1 attempt");
    }

    private static HashSet<long> ProcessedIds(string log) =>
        Regex.Matches(log, @"Processed file (\d+):").Select(m => long.Parse(m.Groups[1].Value)).ToHashSet();
}

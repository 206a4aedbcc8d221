using System.Diagnostics;
using Intake.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Intake.Reliability.Tests;

/// <summary>Seeded mutations of valid PDFs and images through the real worker: it never dies, every file settles.</summary>
[Trait("Category", "Reliability")]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20260307;

    [Fact]
    public async Task Hundreds_of_mutated_pdfs_and_images_never_kill_the_worker()
    {
        await using var box = await WorkerSandbox.CreateAsync();
        var mutator = new Mutator(Seed);
        var seeds = new List<(string Ext, byte[] Bytes)>
        {
            (".pdf", TestFiles.Pdf(60_000, 2)),
            (".pdf", TestFiles.Pdf(60_001, 1)),
            (".png", TestFiles.ScanPng(60_002, 50)),
            (".pdf", TestFiles.ScannedPdf(60_003, 1, 75)),
        };
        var mutated = new Dictionary<string, string>(); // sha → kind
        var names = 0;
        for (int i = 0; i < 300; i++)
        {
            var (ext, bytes) = seeds[i % seeds.Count];
            var (kind, m) = mutator.Mutate(bytes);
            var sha = box.Drop($"2026-09-0{1 + i % 4}/mutant_{i:D3}{ext}", m);
            mutated.TryAdd(sha, $"{ext} {kind}");
            names++;
        }
        var good = Enumerable.Range(0, 5).Select(i => box.Drop($"2026-09-05/temoin_{i}.pdf", TestFiles.Pdf(60_100 + i))).ToList();

        var sw = Stopwatch.StartNew();
        var worker = await box.StartWorkerAsync(new Dictionary<string, string> { ["INTAKE_FILE_TIMEOUT_SECONDS"] = "30" });
        await box.WaitAllDoneAsync(mutated.Count + good.Count, TimeSpan.FromMinutes(5), worker);
        Assert.False(worker.HasExited);

        var files = await Invariants.AssertNothingLostAsync(box, [.. mutated.Keys, .. good]);
        Assert.Empty(Invariants.InboxLeftovers(box.Inbox));
        Assert.All(good, sha => Assert.Equal("processed", files.Single(f => f.Sha256 == sha).Status));
        var quarantined = files.Where(f => f.Status == "quarantined").ToList();
        Assert.All(quarantined, f => Assert.Matches("(fichier|PDF|image|traitement|page)", f.ErrorFr!));
        var codes = quarantined.GroupBy(f => f.ErrorFr!.Split(' ', 4)[..3].Aggregate((a, b) => a + " " + b))
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Count()}× « {g.Key}… »");

        output.WriteLine($"fuzz: seed {Seed}, {names} mutations tried ({mutated.Count} distinct contents) + 5 good files, in {sw.Elapsed.TotalSeconds:0} s; " +
                         $"{files.Count(f => f.Status == "processed")} processed, {quarantined.Count} quarantined, worker never died, good files all processed");
        output.WriteLine("  reasons: " + string.Join("; ", codes));
    }
}

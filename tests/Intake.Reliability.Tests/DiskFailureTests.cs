using Intake.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Intake.Reliability.Tests;

/// <summary>
/// The archive or the quarantine folder cannot be written. Tests run as root, for whom chmod changes nothing:
/// the folder's parent is made a regular file, which makes every create fail, even for root.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class DiskFailureTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Archive_not_writable_keeps_the_originals_in_the_inbox_with_a_clear_error_then_resumes()
    {
        await using var box = await WorkerSandbox.CreateAsync();
        var home = Path.Combine(box.Home, "data");
        File.WriteAllText(home, "not a folder"); // archive = data/archive: cannot be created
        var env = new Dictionary<string, string> { ["INTAKE_HOME"] = home };
        var worker = await box.StartWorkerAsync(env);
        var shas = Enumerable.Range(0, 5).Select(i => box.Drop($"2026-06-01/piece_{i}.pdf", TestFiles.Pdf(30_000 + i))).ToList();

        await box.WaitUntilAsync(() => Task.FromResult(worker.Output.Contains("archive folder not writable")),
            TimeSpan.FromSeconds(60), "a clear archive error", worker);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(5, Invariants.InboxLeftovers(box.Inbox).Count);
        Assert.Empty(await box.StatusCountsAsync());
        Assert.False(worker.HasExited);

        // The folder is repaired: the same process picks the files up without a restart.
        File.Delete(home);
        Directory.CreateDirectory(home);
        await box.WaitAllDoneAsync(5, TimeSpan.FromMinutes(2), worker);
        Assert.Empty(Invariants.InboxLeftovers(box.Inbox));
        Assert.All(await Invariants.FilesAsync(box), f => Assert.Contains(f.Sha256, shas));
        output.WriteLine("disk: archive not writable → 5/5 originals kept in the inbox, error logged; after repair 5/5 processed by the same process");
    }

    [Fact]
    public async Task Quarantine_not_writable_keeps_the_file_pending_with_a_clear_error_then_quarantines_it()
    {
        await using var box = await WorkerSandbox.CreateAsync();
        File.WriteAllText(box.Quarantine, "not a folder");
        var worker = await box.StartWorkerAsync();
        var sha = box.Drop("2026-06-02/illisible.pdf", [.. "%PDF-1.4 ceci n'est pas un PDF complet"u8]);
        var good = box.Drop("2026-06-02/lisible.pdf", TestFiles.Pdf(31_000));

        await box.WaitUntilAsync(() => Task.FromResult(worker.Output.Contains("Quarantine folder not writable")),
            TimeSpan.FromSeconds(60), "a clear quarantine error", worker);
        await box.WaitUntilAsync(async () => (await box.StatusCountsAsync()).GetValueOrDefault("processed") == 1,
            TimeSpan.FromSeconds(60), "the good file processed meanwhile", worker);
        var files = await Invariants.FilesAsync(box);
        Assert.Equal("pending", files.Single(f => f.Sha256 == sha).Status); // not marked quarantined without its copy

        File.Delete(box.Quarantine);
        await box.WaitAllDoneAsync(2, TimeSpan.FromMinutes(2), worker);
        await Invariants.AssertNothingLostAsync(box, [sha, good]);
        Assert.Equal("quarantined", (await Invariants.FilesAsync(box)).Single(f => f.Sha256 == sha).Status);
        output.WriteLine("disk: quarantine not writable → broken file kept pending, error logged, good file unaffected; after repair quarantined with its reason");
    }
}

namespace Intake.Text.Tests;

/// <summary>The pool tells when an engine is about to be idle, so that a caller can hand it the next file's pages.</summary>
public class EnginePoolTests
{
    [Fact]
    public async Task Spare_worker_is_signalled_when_a_busy_pool_finishes_a_page()
    {
        using var pool = new Ocr.OcrEnginePool(new TextOptions { DegreeOfParallelism = 2 });
        Assert.Equal(0, pool.Pending);
        await pool.WaitForSpareWorkerAsync().WaitAsync(TimeSpan.FromSeconds(5)); // idle: at once

        var gates = Enumerable.Range(0, pool.Size).Select(_ => new TaskCompletionSource()).ToList();
        var running = gates.Select(g => pool.RunAsync(_ => { g.Task.Wait(); return 0; })).ToList();
        while (pool.Pending < pool.Size) await Task.Delay(5);

        var spare = pool.WaitForSpareWorkerAsync();
        await Task.Delay(100);
        Assert.False(spare.IsCompleted);          // every engine busy: no room for more

        gates[0].SetResult();
        await spare.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(pool.Pending < pool.Size);

        foreach (var g in gates) g.TrySetResult();
        await Task.WhenAll(running);
        Assert.Equal(0, pool.Pending);
    }
}

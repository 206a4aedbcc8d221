namespace Intake.Pipeline.Jobs;

/// <summary>
/// Lets the files of one worker process run side by side, or one alone: a file that was in flight when the
/// process crashed runs alone next time (<see cref="FileProcessor"/>), so that a second crash can only be its
/// own. A file waiting to run alone holds back new files until the running ones are done.
/// </summary>
public sealed class SoloGate
{
    private readonly object sync = new();
    private int running;
    private bool alone;
    private int aloneWaiting;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<IDisposable> EnterAsync(bool runAlone, CancellationToken ct)
    {
        bool counted = false;
        try
        {
            while (true)
            {
                Task wait;
                lock (sync)
                {
                    if (runAlone)
                    {
                        if (!alone && running == 0)
                        {
                            alone = true;
                            if (counted) aloneWaiting--;
                            counted = false;
                            return new Exit(this, true);
                        }
                        if (!counted) { aloneWaiting++; counted = true; }
                    }
                    else if (!alone && aloneWaiting == 0)
                    {
                        running++;
                        return new Exit(this, false);
                    }
                    wait = changed.Task;
                }
                await wait.WaitAsync(ct).ConfigureAwait(false);
            }
        }
        catch
        {
            if (counted) lock (sync) { aloneWaiting--; Signal(); }
            throw;
        }
    }

    private void Leave(bool wasAlone)
    {
        lock (sync)
        {
            if (wasAlone) alone = false;
            else running--;
            Signal();
        }
    }

    private void Signal()
    {
        var old = changed;
        changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        old.TrySetResult();
    }

    private sealed class Exit(SoloGate gate, bool alone) : IDisposable
    {
        private int done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0) gate.Leave(alone);
        }
    }
}

using System.Runtime.InteropServices;

namespace Intake.App.Eval;

/// <summary>
/// Turns the first Ctrl-C (SIGINT) or SIGTERM into a cancellation, so a run stops after its current file and still
/// cleans up (drops its scratch database); a second signal ends the process at once.
/// </summary>
public sealed class StopOnSignal : IDisposable
{
    private readonly CancellationTokenSource cts = new();
    private readonly PosixSignalRegistration[] registrations;
    private readonly string verb;

    public StopOnSignal(string verb)
    {
        this.verb = verb;
        registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    public CancellationToken Token => cts.Token;

    private void Handle(PosixSignalContext context)
    {
        if (cts.IsCancellationRequested) return; // the second signal: default handling, the process ends
        context.Cancel = true;
        Console.Error.WriteLine($"intake {verb}: stopping after the current file and cleaning up (again to quit at once)");
        cts.Cancel();
    }

    public void Dispose()
    {
        foreach (var r in registrations) r.Dispose();
        cts.Dispose();
    }
}

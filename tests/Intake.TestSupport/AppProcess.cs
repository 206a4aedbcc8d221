using System.Diagnostics;
using System.Text;

namespace Intake.TestSupport;

/// <summary>
/// The real `intake` program started as a separate process (worker, web or both), with its stdout and stderr kept.
/// It runs the intake.dll beside the test binaries: the test project references Intake.App.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public string Output { get { lock (_output) return _output.ToString(); } }
    public int Pid => _process.Id;

    public AppProcess(string verb, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "intake.dll");
        var psi = new ProcessStartInfo("dotnet", [dll, verb, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["OMP_THREAD_LIMIT"] = "1";
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for a verb that ends by itself (migrate, user, train…) and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited) throw new InvalidOperationException($"intake exited early:\n{Output}");
            if (sw.Elapsed > timeout) throw new TimeoutException($"'{text}' not seen in time:\n{Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>Peak resident memory of the process so far (VmHWM of /proc/PID/status), in bytes.</summary>
    public long PeakResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
        throw new InvalidOperationException("VmHWM not found");
    }

    /// <summary>SIGKILL: no clean shutdown, as in a crash or a power cut.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}

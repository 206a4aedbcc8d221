using System.Diagnostics;
using System.Globalization;

namespace Intake.App.Bench;

/// <summary>What one run of an external program cost: wall time, exit code, peak memory (KiB, when measured).</summary>
public sealed record ProcessRun(double Seconds, int ExitCode, long PeakRssKb, string StdErr);

/// <summary>
/// Runs external programs for the benchmark. When /usr/bin/time exists, each run is wrapped in
/// `/usr/bin/time -f %M -o FILE` to learn the peak resident memory of the child (the largest process of its tree).
/// </summary>
public static class ExternalProcess
{
    private const string TimeTool = "/usr/bin/time";

    public static bool CanMeasureMemory => File.Exists(TimeTool);

    public static bool Exists(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));

    /// <summary>Runs <paramref name="tool"/> with <paramref name="args"/>; stdout is read and dropped.</summary>
    public static async Task<ProcessRun> RunAsync(string tool, IEnumerable<string> args, IDictionary<string, string>? env = null,
        bool measureMemory = true, CancellationToken ct = default)
    {
        string? rssFile = measureMemory && CanMeasureMemory ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(rssFile is null ? tool : TimeTool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (rssFile is not null)
        {
            foreach (var a in new[] { "-f", "%M", "-o", rssFile, tool }) start.ArgumentList.Add(a);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        if (env is not null) foreach (var (k, v) in env) start.Environment[k] = v;

        var sw = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        await stdout;
        var seconds = sw.Elapsed.TotalSeconds;
        long rss = 0;
        if (rssFile is not null)
        {
            rss = ParseRss(await File.ReadAllTextAsync(rssFile, ct));
            File.Delete(rssFile);
        }
        return new ProcessRun(seconds, process.ExitCode, rss, await stderr);
    }

    /// <summary>Runs a program and returns its standard output (for untimed preparation steps).</summary>
    public static async Task<string> OutputAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {(await stderr).Trim()}");
        return await stdout;
    }

    /// <summary>The last integer line of /usr/bin/time's output (it may be preceded by "Command exited with…").</summary>
    public static long ParseRss(string timeOutput) =>
        timeOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => long.TryParse(l, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : -1)
            .Where(v => v >= 0)
            .DefaultIfEmpty(0)
            .Last();
}

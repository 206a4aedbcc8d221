using System.Globalization;

namespace Intake.Evaluation.Progress;

/// <summary>
/// One progress line per handled file for the eval runner: files done/total, pages done, pages per minute, ETA
/// (from the mean time per file so far). Not thread-safe: call it from the loop that handles files.
/// </summary>
public sealed class ProgressReporter
{
    private readonly TextWriter _output;
    private readonly TimeProvider _clock;
    private readonly long _start;

    public ProgressReporter(TextWriter output, int totalFiles, TimeProvider? clock = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalFiles);
        _output = output;
        _clock = clock ?? TimeProvider.System;
        _start = _clock.GetTimestamp();
        TotalFiles = totalFiles;
    }

    public int TotalFiles { get; }
    public int FilesDone { get; private set; }
    public int PagesDone { get; private set; }
    public TimeSpan Elapsed => _clock.GetElapsedTime(_start);

    public double? PagesPerMinute => Elapsed.TotalSeconds > 0 ? PagesDone * 60.0 / Elapsed.TotalSeconds : null;

    /// <summary>Remaining time at the mean pace per file so far; null before the first file.</summary>
    public TimeSpan? Eta => FilesDone == 0 ? null : Elapsed / FilesDone * Math.Max(0, TotalFiles - FilesDone);

    /// <summary>Records one handled file and writes its progress line.</summary>
    public void FileDone(string path, int pages, string status = "processed")
    {
        FilesDone++;
        PagesDone += Math.Max(0, pages);
        _output.WriteLine(Line(path, pages, status));
        _output.Flush();
    }

    private string Line(string path, int pages, string status)
    {
        var ppm = PagesPerMinute is double v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-";
        var eta = Eta is TimeSpan t ? Duration(t) : "-";
        return string.Create(CultureInfo.InvariantCulture,
            $"[{FilesDone}/{TotalFiles}] {path}: {status}, {pages} p | {PagesDone} pages, {ppm} p/min, elapsed {Duration(Elapsed)}, ETA {eta}");
    }

    private static string Duration(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}h{t.Minutes:00}m{t.Seconds:00}s" : $"{t.Minutes}m{t.Seconds:00}s";
}

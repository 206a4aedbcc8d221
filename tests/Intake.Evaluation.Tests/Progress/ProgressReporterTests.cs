using Intake.Evaluation.Progress;

namespace Intake.Evaluation.Tests.Progress;

public class ProgressReporterTests
{
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => _ticks;
        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    [Fact]
    public void Each_file_writes_one_line_with_counts_rate_and_eta()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var progress = new ProgressReporter(output, totalFiles: 4, clock);

        clock.Advance(TimeSpan.FromSeconds(30));
        progress.FileDone("2026-01-05/a.pdf", 10);
        clock.Advance(TimeSpan.FromSeconds(30));
        progress.FileDone("2026-01-05/b.pdf", 5, "quarantined");

        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("[1/4] 2026-01-05/a.pdf: processed, 10 p | 10 pages, 20.0 p/min", lines[0]);
        Assert.EndsWith("ETA 1m30s", lines[0]);
        Assert.StartsWith("[2/4] 2026-01-05/b.pdf: quarantined, 5 p | 15 pages, 15.0 p/min, elapsed 1m00s", lines[1]);
        Assert.EndsWith("ETA 1m00s", lines[1]);
        Assert.Equal((2, 15), (progress.FilesDone, progress.PagesDone));
    }

    [Fact]
    public void Before_any_file_there_is_no_eta()
    {
        var progress = new ProgressReporter(new StringWriter(), 3, new ManualClock());

        Assert.Null(progress.Eta);
        Assert.Null(progress.PagesPerMinute);
    }
}

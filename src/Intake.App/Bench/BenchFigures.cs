namespace Intake.App.Bench;

/// <summary>The figures of one bench run, derived from the raw measurements (pure, unit-tested).</summary>
public sealed record BenchFigures(
    int ScannedPages,
    double IntakeScannedSeconds,
    double IntakeScannedPagesPerMinute,
    double IntakePagesPerMinute,
    double CliParallelPagesPerMinute,
    double ScannedRatioToCli,
    double SpeedupOverOcrmypdf,
    double TextLayerRatioToPdftotext,
    int BornDigitalPages,
    int BornDigitalOcrPages)
{
    /// <summary>Issue 16's targets: at least the 2-process CLI's speed on scans, 5 × ocrmypdf end to end, text layer within 2 × pdftotext.</summary>
    public const double ScannedTarget = 1.0, OcrmypdfTarget = 5.0, TextLayerTarget = 2.0;

    public bool ScannedTargetMet => ScannedRatioToCli >= ScannedTarget;
    public bool OcrmypdfTargetMet => SpeedupOverOcrmypdf >= OcrmypdfTarget;
    public bool TextLayerTargetMet => BornDigitalOcrPages == 0 && TextLayerRatioToPdftotext <= TextLayerTarget;

    /// <summary>
    /// Intake's time on scanned pages is the end-to-end wall time minus the spans (commit to commit) of the files
    /// without any scanned page (born-digital or broken): whatever else Intake does is charged to the scans.
    /// </summary>
    public static BenchFigures Compute(
        IReadOnlyList<BenchFile> files, IntakeRunResult intake, BatchResult? cliParallel, BatchResult? ocrmypdf,
        BatchResult? pdfPig, BatchResult? pdftotext)
    {
        int scanned = files.Where(f => f.Valid).Sum(f => f.Pages.Count(p => p.Scanned));
        var noScan = files.Where(f => !f.Pages.Any(p => p.Scanned)).Select(f => f.RelativePath).ToHashSet();
        double scannedSeconds = intake.WallSeconds - intake.Files.Where(f => noScan.Contains(f.RelativePath)).Sum(f => f.SpanSeconds);
        double intakeScannedPpm = PerMinute(scanned, scannedSeconds);
        int totalPages = files.Sum(f => f.Pages.Count);
        var bornDigital = files.Where(f => f.Valid).SelectMany(f => f.Pages.Where(p => !p.Scanned).Select(p => (f.RelativePath, p.Number))).ToList();
        int bornDigitalOcr = bornDigital.Count(k => intake.PageSources.TryGetValue(k, out var s) && s == "ocr");
        double cliPpm = cliParallel?.PagesPerMinute ?? 0;
        double intakeWallOnValid = intake.WallSeconds - intake.Files.Where(f => files.Any(b => b.RelativePath == f.RelativePath && !b.Valid)).Sum(f => f.SpanSeconds);
        return new BenchFigures(
            scanned,
            scannedSeconds,
            intakeScannedPpm,
            PerMinute(totalPages, intake.WallSeconds),
            cliPpm,
            cliPpm > 0 ? intakeScannedPpm / cliPpm : 0,
            ocrmypdf is { WallSeconds: > 0 } && intakeWallOnValid > 0 ? ocrmypdf.WallSeconds / intakeWallOnValid : 0,
            pdfPig is not null && pdftotext is { WallSeconds: > 0 } ? pdfPig.WallSeconds / pdftotext.WallSeconds : 0,
            bornDigital.Count,
            bornDigitalOcr);
    }

    public static double PerMinute(int pages, double seconds) => seconds > 0 ? pages / seconds * 60 : 0;
}

using Intake.App.Bench;
using Intake.Text;
using Intake.Text.Sniffing;
using Intake.Domain.Documents;
using Intake.Text.Images;

namespace Intake.Integration.Tests.Bench;

/// <summary>The parsing and arithmetic behind `intake bench` (the measurements themselves need the real tools).</summary>
public class BenchFiguresTests
{
    private const string PdfImagesOutput = """
        page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio
        --------------------------------------------------------------------------------------------
           1     0 image    1654  2339  gray    1   8  jpeg   no         3  0   200   200 87.1K 2.3%
           3     1 smask     400   300  gray    1   8  image  no         9  0    72    72 1.2K 1.0%
           3     2 image     400   300  rgb     3   8  image  no         8  0    72    72 9.9K 2.7%
        """;

    [Fact]
    public void Pdfimages_list_gives_pages_sizes_and_resolutions_of_pictures()
    {
        var images = PdfImagesList.Parse(PdfImagesOutput);

        Assert.Equal(3, images.Count);
        var pictures = images.Pictures().ToList();
        Assert.Equal([1, 3], pictures.Select(i => i.Page));
        Assert.Equal(new ListedImage(1, 0, "image", 1654, 2339, 200, 200), pictures[0]);
        Assert.Equal(2, pictures[1].Number);
    }

    [Fact]
    public void Peak_memory_is_the_last_number_gnu_time_wrote()
    {
        Assert.Equal(75_812, ExternalProcess.ParseRss("75812\n"));
        Assert.Equal(1_024, ExternalProcess.ParseRss("Command exited with non-zero status 1\n1024\n"));
        Assert.Equal(0, ExternalProcess.ParseRss(""));
    }

    [Fact]
    public void Scanned_throughput_leaves_out_the_files_without_scans_and_ratios_follow()
    {
        var scan = new BenchFile("/c/a.pdf", "d/a.pdf", FileKind.Pdf, true, "/c/a.pdf",
            [new BenchPage(1, true, "a1.pgm", 200), new BenchPage(2, true, "a2.pgm", 200)]);
        var digital = new BenchFile("/c/b.pdf", "d/b.pdf", FileKind.Pdf, true, "/c/b.pdf",
            [new BenchPage(1, false, null, 0), new BenchPage(2, false, null, 0)]);
        var broken = new BenchFile("/c/c.pdf", "d/c.pdf", FileKind.Pdf, false, null, []);
        var intake = new IntakeRunResult(
            WallSeconds: 10, IngestMs: 0, ProcessMs: 0, new StageClock(), Array.Empty<PageTiming>(),
            [new FileOutcome("d/a.pdf", "Processed", 6), new FileOutcome("d/b.pdf", "Processed", 3), new FileOutcome("d/c.pdf", "Quarantined", 1)],
            new Dictionary<(string, int), string> { [("d/a.pdf", 1)] = "ocr", [("d/a.pdf", 2)] = "ocr", [("d/b.pdf", 1)] = "text_layer", [("d/b.pdf", 2)] = "ocr" },
            ReadAhead: 1, Database: "x", ProcessCpuSeconds: 0);
        var cli = new BatchResult("cli", WallSeconds: 5, Items: 2, Pages: 2, Failures: 0, PeakRssKb: 0);   // 24 pages/min
        var ocrmypdf = new BatchResult("ocrmypdf", WallSeconds: 45, Items: 2, Pages: 4, Failures: 0, PeakRssKb: 0);
        var pig = new BatchResult("pig", 0.3, 1, 2, 0, 0);
        var pdftotext = new BatchResult("pdftotext", 0.2, 1, 2, 0, 0);

        var f = BenchFigures.Compute([scan, digital, broken], intake, cli, ocrmypdf, pig, pdftotext);

        Assert.Equal(2, f.ScannedPages);
        Assert.Equal(6, f.IntakeScannedSeconds, 6);        // 10 s minus the born-digital (3 s) and broken (1 s) files
        Assert.Equal(20, f.IntakeScannedPagesPerMinute, 6);
        Assert.Equal(20.0 / 24, f.ScannedRatioToCli, 6);
        Assert.False(f.ScannedTargetMet);
        Assert.Equal(5, f.SpeedupOverOcrmypdf, 6);         // 45 s against Intake's 9 s on the valid files
        Assert.True(f.OcrmypdfTargetMet);
        Assert.False((f with { SpeedupOverOcrmypdf = 4.9 }).OcrmypdfTargetMet);
        Assert.True((f with { ScannedRatioToCli = 1.0 }).ScannedTargetMet);
        Assert.Equal(1.5, f.TextLayerRatioToPdftotext, 6);
        Assert.Equal(2, f.BornDigitalPages);
        Assert.Equal(1, f.BornDigitalOcrPages);
        Assert.False(f.TextLayerTargetMet);                // a born-digital page was OCR'd
        Assert.Equal(4 / 10.0 * 60, f.IntakePagesPerMinute, 6);
    }

    [Fact]
    public void Two_intake_runs_combine_into_their_mean_file_by_file()
    {
        IntakeRunResult Run(double wall, double spanA, double spanB) => new(
            wall, IngestMs: 10, ProcessMs: 20, new StageClock(), Array.Empty<PageTiming>(),
            [new FileOutcome("d/a.pdf", "Processed", spanA), new FileOutcome("d/b.pdf", "Processed", spanB)],
            new Dictionary<(string, int), string> { [("d/a.pdf", 1)] = "ocr" }, ReadAhead: 1, Database: "x", ProcessCpuSeconds: wall * 2);

        var mean = IntakeRunResult.Mean(Run(10, 6, 4), Run(12, 8, 4));

        Assert.Equal(11, mean.WallSeconds, 6);
        Assert.Equal([7.0, 4.0], mean.Files.Select(f => f.SpanSeconds));
        Assert.Equal(22, mean.ProcessCpuSeconds, 6);
        Assert.Equal("ocr", mean.PageSources[("d/a.pdf", 1)]);
        var other = Run(10, 6, 4) with { Files = [new FileOutcome("d/b.pdf", "Processed", 4), new FileOutcome("d/a.pdf", "Processed", 6)] };
        Assert.Throws<ArgumentException>(() => IntakeRunResult.Mean(Run(10, 6, 4), other));
    }

    [Fact]
    public void Tesseract_passes_are_counted_per_kind_of_reading()
    {
        PageTiming Ocr(int page, int passes, int checks, int rotation, ResolutionSource resolution, long pixels) =>
            new(page, TextSource.Ocr, 0, 0, 0, 0, 0, passes)
            {
                OrientationChecks = checks, RotationDegrees = rotation, Resolution = resolution, OcrPixels = pixels,
            };
        var pages = new List<PageTiming>
        {
            Ocr(1, 1, 0, 0, ResolutionSource.PdfPlacement, 4_000_000),
            Ocr(2, 2, 1, 180, ResolutionSource.Header, 2_000_000),     // checked, re-read upside down, kept
            Ocr(3, 1, 1, 0, ResolutionSource.Estimated, 2_000_000),    // checked, OSD said upright: no re-read
            Ocr(4, 0, 0, 0, ResolutionSource.Assumed, 1_000_000),      // blank: no pass at all
            new(5, TextSource.TextLayer, 1, 0, 0, 0, 0, 0),
        };

        Assert.Equal("4 OCR pages: 3 first readings, 2 orientation checks, 1 rotated re-readings (1 kept); resolution guessed on 2 pages; 2.50 Mpx per reading",
            TextStageStats.Passes(pages));
        Assert.Equal("PdfPlacement 1, Header 1, Estimated 1, Assumed 1", BenchReport.ResolutionSources(pages));
        Assert.Equal([0, 1, 0, 0, 0], pages.Select(p => p.RotatedReadings));
        Assert.Equal([1, 1, 1, 0, 0], pages.Select(p => p.FirstReadings));
    }
}

using Intake.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Intake.Reliability.Tests;

/// <summary>
/// Huge inputs are handled or refused with a reason within 2 GiB — a long scan too, whose page images are what its
/// memory goes to (a text-layer PDF has none); a file that hangs the OCR is cut off.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class MemoryAndTimeLimitTests(ITestOutputHelper output)
{
    private const long TwoGiB = 2L << 30;

    [Fact]
    public async Task A_1000_page_pdf_and_20000_pixel_images_stay_under_2_GiB()
    {
        await using var box = await WorkerSandbox.CreateAsync();
        var worker = await box.StartWorkerAsync();
        var baseline = worker.PeakResidentBytes();
        var big = TestFiles.Pdf(40_000, pages: 1000);
        var shas = new Dictionary<string, string>
        {
            ["pdf1000"] = box.Drop("2026-07-01/mille_pages.pdf", big),
            ["png20000"] = box.Drop("2026-07-01/immense.png", TestFiles.HugePng(20_000, 20_000)),
            ["pdfimage20000"] = box.Drop("2026-07-01/image_immense.pdf", TestFiles.PdfWithHugeImage(20_000, 20_000)),
            ["stream"] = box.Drop("2026-07-01/flux_immense.pdf", TestFiles.PdfWithHugeContentStream(256 << 20)),
            ["good"] = box.Drop("2026-07-01/normal.pdf", TestFiles.Pdf(40_001)),
        };

        await box.WaitAllDoneAsync(shas.Count, TimeSpan.FromMinutes(5), worker);
        var peak = worker.PeakResidentBytes();
        var files = await Invariants.AssertNothingLostAsync(box, shas.Values);
        var bySha = files.ToDictionary(f => f.Sha256);
        var thousand = bySha[shas["pdf1000"]];
        Assert.Equal("processed", thousand.Status);
        Assert.Equal(1000, thousand.PageCount);
        Assert.Equal("quarantined", bySha[shas["png20000"]].Status);
        Assert.Contains("trop grande", bySha[shas["png20000"]].ErrorFr);
        Assert.Equal("processed", bySha[shas["good"]].Status);
        // The deflate bomb is refused before its 256 MiB are held in memory (Intake.Text/Pdf/BoundedFilterProvider).
        Assert.Equal("quarantined", bySha[shas["stream"]].Status);
        Assert.Contains("une fois décompressé", bySha[shas["stream"]].ErrorFr);
        Assert.True(peak < TwoGiB, $"peak memory {peak >> 20} MiB");

        output.WriteLine($"memory: 1,000-page PDF ({big.Length >> 10} KiB) processed, 1000 pages stored; 20,000 × 20,000 PNG " +
                         $"quarantined (« {bySha[shas["png20000"]].ErrorFr} »); PDF with a 20,000 × 20,000 Flate image → {Outcome(bySha[shas["pdfimage20000"]])}; " +
                         $"PDF with a 256 MiB content stream → {Outcome(bySha[shas["stream"]])}; worker peak RSS (VmHWM) {peak >> 20} MiB " +
                         $"(at start {baseline >> 20} MiB), limit 2048 MiB");
    }

    [Fact]
    public async Task A_long_scan_is_processed_within_2_GiB()
    {
        await using var box = await WorkerSandbox.CreateAsync();
        // The long scan is read in one go: a longer limit than the sandbox's 120 s, for a loaded 2-core machine.
        var worker = await box.StartWorkerAsync(new Dictionary<string, string> { ["INTAKE_FILE_TIMEOUT_SECONDS"] = "900" });
        var baseline = worker.PeakResidentBytes();
        // 150 pages at 300 dpi: 1.3 GB of grey page images, ≈ 2.5 GiB of peak memory when every one is kept to the end.
        var scan = TestFiles.DuplexScanPdf(40_002, sheets: 75, dpi: 300);
        var sha = box.Drop("2026-07-01/scan_recto_verso.pdf", scan);

        await box.WaitAllDoneAsync(1, TimeSpan.FromMinutes(10), worker);
        var peak = worker.PeakResidentBytes();
        var file = Assert.Single(await Invariants.AssertNothingLostAsync(box, [sha]));
        Assert.Equal("processed", file.Status);
        Assert.Equal(150, file.PageCount);
        Assert.True(peak < TwoGiB, $"peak memory {peak >> 20} MiB");
        output.WriteLine($"memory: 150-page 300 dpi duplex scan ({scan.Length >> 10} KiB, 15 letter pages OCR'd, 135 blank) processed; " +
                         $"worker peak RSS (VmHWM) {peak >> 20} MiB (at start {baseline >> 20} MiB), limit 2048 MiB");
    }

    [Fact]
    public async Task A_file_that_takes_longer_than_the_limit_is_quarantined_and_the_worker_goes_on()
    {
        await using var box = await WorkerSandbox.CreateAsync();
        var worker = await box.StartWorkerAsync(new Dictionary<string, string> { ["INTAKE_FILE_TIMEOUT_SECONDS"] = "3" });
        var slow = box.Drop("2026-07-02/long_scan.pdf", TestFiles.ScannedPdf(41_000, pages: 16, dpi: 200));
        await box.WaitAllDoneAsync(1, TimeSpan.FromMinutes(2), worker);
        // The next file once the slow one is cut: on a busy machine, the two side by side could both overrun 3 s.
        var good = box.Drop("2026-07-02/court.pdf", TestFiles.Pdf(41_001));
        await box.WaitAllDoneAsync(2, TimeSpan.FromMinutes(2), worker);
        var files = await Invariants.AssertNothingLostAsync(box, [slow, good]);
        var cut = files.Single(f => f.Sha256 == slow);
        Assert.Equal("quarantined", cut.Status);
        Assert.Contains("durée maximale (3 s)", cut.ErrorFr);
        Assert.Equal("processed", files.Single(f => f.Sha256 == good).Status);
        Assert.False(worker.HasExited);
        output.WriteLine($"time limit: a 16-page scan with INTAKE_FILE_TIMEOUT_SECONDS=3 was quarantined (« {cut.ErrorFr} »), the next file processed");
    }

    private static string Outcome(Invariants.FileRow f) => f.Status == "processed" ? $"processed ({f.PageCount} page)" : $"quarantined (« {f.ErrorFr} »)";
}

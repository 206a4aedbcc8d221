using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Intake.App.Cli;
using Intake.App.Eval;
using Intake.Corpus;
using Intake.Text.Sniffing;

namespace Intake.App.Bench;

/// <summary>
/// `intake bench [--inbox DIR | --dossiers N --seed N --min-pages N] [--read-ahead N] [--work DIR] [--keep] [--keep-db]
/// [--skip-cli] [--skip-ocrmypdf] [--single-intake-run]`: on a corpus, either given (`--inbox`: any folder laid out as
/// docs/evaluation.md describes, YYYY-MM-DD mail days, truth not needed) or generated in a temporary folder (mixed
/// scanned and born-digital mail), measures on the same files Intake end to end (fresh database), the tesseract CLI
/// on the same page images (one process per page, 1 and 2 at a time), ocrmypdf per file, and Intake's text-layer
/// reading against pdftotext; prints per-stage times, Tesseract's passes per page, the pages whose resolution was
/// guessed, peak memory and the ratios.
/// Needs INTAKE_DB (a PostgreSQL server) and OMP_THREAD_LIMIT=1 in the environment (scripts/bench sets both).
/// --keep keeps the work folder, --keep-db the Intake run's database intake_bench_… (both removed otherwise).
/// </summary>
public static class BenchCommand
{
    /// <summary>The options of one bench run; <see cref="Inbox"/> null means "generate the corpus".</summary>
    public sealed record BenchArgs(int Seed, int Dossiers, int MinPages, int ReadAhead, string? Work, bool Keep, bool KeepDb,
        bool SkipCli, bool SkipOcrmypdf, bool SingleIntakeRun, string? Inbox = null);

    public static Command Verb()
    {
        var inbox = CliOptions.Folder("--inbox", "measure this corpus (YYYY-MM-DD mail-day folders, as for eval) instead of generating one", mustExist: true);
        var seed = CliOptions.Count("--seed", "the corpus generator's seed", 8, min: 0);
        var dossiers = CliOptions.Count("--dossiers", "dossiers to generate (grown until --min-pages)", 24);
        var minPages = CliOptions.Count("--min-pages", "the corpus has at least this many pages", 200);
        var readAhead = CliOptions.Count("--read-ahead", "files whose text is read ahead of the one being processed", EvalRunner.FilesAhead, min: 0);
        var work = CliOptions.Folder("--work", "the work folder (default: a temporary one)");
        var keep = CliOptions.Flag("--keep", "keep the work folder (corpus, extracted images)");
        var keepDb = CliOptions.Flag("--keep-db", "keep the Intake run's scratch database intake_bench_… (dropped at the end otherwise)");
        var skipCli = CliOptions.Flag("--skip-cli", "do not time the tesseract CLI");
        var skipOcrmypdf = CliOptions.Flag("--skip-ocrmypdf", "do not time ocrmypdf");
        var single = CliOptions.Flag("--single-intake-run", "one Intake run instead of two around the references (A-B-A)");
        var command = new Command("bench", "Intake end to end against the tesseract CLI, ocrmypdf and pdftotext on a given or generated corpus (run under the measuring lock)")
        {
            inbox, seed, dossiers, minPages, readAhead, work, keep, keepDb, skipCli, skipOcrmypdf, single,
        };
        command.Validators.Add(r =>
        {
            if (r.GetResult(inbox) is null) return;
            var generatorOptions = new Option[] { seed, dossiers, minPages }.Where(o => r.GetResult(o) is not null).Select(o => o.Name).ToList();
            if (generatorOptions.Count > 0)
                r.AddError($"--inbox: a given corpus is not generated; drop {string.Join(", ", generatorOptions)}");
        });
        command.SetAction((r, ct) => RunAsync(new BenchArgs(r.GetValue(seed), r.GetValue(dossiers), r.GetValue(minPages), r.GetValue(readAhead),
            r.GetValue(work), r.GetValue(keep), r.GetValue(keepDb), r.GetValue(skipCli), r.GetValue(skipOcrmypdf), r.GetValue(single),
            r.GetValue(inbox) is { } given ? Path.GetFullPath(given) : null)));
        return command;
    }

    public static async Task<int> RunAsync(BenchArgs args)
    {
        int seed = args.Seed, dossiers = args.Dossiers, minPages = args.MinPages, readAhead = args.ReadAhead;
        var o = Console.Out;
        if (Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT") != "1")
            await Console.Error.WriteLineAsync("intake bench: warning: OMP_THREAD_LIMIT=1 is not set; Tesseract will be 3-6× slower (run through scripts/bench)");
        foreach (var tool in new[] { "tesseract", "pdfimages", "pdftotext", "img2pdf" })
        {
            if (ExternalProcess.Exists(tool)) continue;
            await Console.Error.WriteLineAsync($"intake bench: {tool} not found (apt-get install tesseract-ocr poppler-utils img2pdf)");
            return 2;
        }
        bool runOcrmypdf = !args.SkipOcrmypdf && ExternalProcess.Exists("ocrmypdf");
        if (!args.SkipOcrmypdf && !runOcrmypdf) o.WriteLine("ocrmypdf not found: its column is skipped (apt-get install --no-install-recommends ocrmypdf)");

        var work = Path.GetFullPath(args.Work ?? Path.Combine(Path.GetTempPath(), $"intake-bench-{Environment.ProcessId}"));
        var total = Stopwatch.StartNew();
        using var stop = new StopOnSignal("bench");
        var ct = stop.Token;
        try
        {
            // Corpus (untimed): the one given, or one generated and grown until it has enough pages.
            string inbox, corpusLabel;
            if (args.Inbox is { } given)
            {
                inbox = given;
                corpusLabel = $"corpus {given} (given)";
            }
            else
            {
                var corpusDir = Path.Combine(work, "corpus");
                CorpusSummary summary;
                while (true)
                {
                    summary = CorpusGenerator.Generate(new CorpusOptions(corpusDir, seed, dossiers, CorpusProfile.Large));
                    if (summary.Pages >= minPages) break;
                    dossiers = Math.Max(dossiers + 1, (int)Math.Ceiling(dossiers * 1.1 * minPages / Math.Max(1, summary.Pages)));
                }
                inbox = Path.Combine(corpusDir, "inbox");
                corpusLabel = F($"corpus seed {seed}, {dossiers} dossiers (Large profile) in {corpusDir}");
            }
            var files = await BenchCorpus.InventoryAsync(inbox, Path.Combine(work, "prep"));
            var valid = files.Where(f => f.Valid).ToList();
            var scannedPages = valid.SelectMany(f => f.Pages.Where(p => p.Scanned && p.ImagePath is not null)).ToList();
            var bornDigitalFiles = files.Where(f => f.AllBornDigital).ToList();
            int totalPages = files.Sum(f => f.Pages.Count);
            o.WriteLine($"intake bench: {corpusLabel}");
            o.WriteLine(F($"   {files.Count} files ({files.Count(f => f.Unreadable)} that Intake refuses, {files.Count(f => !f.Valid && !f.Unreadable)} that the reference tools cannot read), {totalPages} pages: {valid.Sum(f => f.Pages.Count(p => p.Scanned))} scanned, {valid.Sum(f => f.Pages.Count(p => !p.Scanned))} born-digital; {files.Count(f => f.AllScanned)} all-scanned files, {bornDigitalFiles.Count} all-born-digital PDFs, {valid.Count(f => !f.AllScanned && !f.AllBornDigital)} mixed"));
            o.WriteLine(F($"   image files: {valid.Count(f => f.Kind != FileKind.Pdf)} ({valid.Where(f => f.Kind != FileKind.Pdf).Sum(f => f.Pages.Count)} pages, {valid.Sum(f => f.Pages.Count(p => p.ResolutionGuessed))} of them without a believable resolution in their header)"));
            o.WriteLine(F($"   cores {Environment.ProcessorCount}, OMP_THREAD_LIMIT={Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT") ?? "(unset)"}, load average {LoadAverage()}"));
            o.WriteLine();

            await FlushDiskAsync();
            var intake = await IntakePipelineRun.RunAsync(inbox, work, readAhead, args.KeepDb, o, ct);
            long intakePeak = Process.GetCurrentProcess().PeakWorkingSet64;
            BenchReport.PrintIntake(o, intake, totalPages);
            o.WriteLine(F($"   peak working set of the bench process after the Intake run: {intakePeak / (1024.0 * 1024):0} MiB"));
            var mismatched = valid.SelectMany(f => f.Pages.Select(p => (f, p)))
                .Count(x => intake.PageSources.TryGetValue((x.f.RelativePath, x.p.Number), out var s) && (s == "ocr") != x.p.Scanned);
            o.WriteLine($"   pages where Intake's choice (OCR or text layer) differs from poppler's (picture or not): {mismatched}");
            o.WriteLine();

            BatchResult? cliSeq = null, cliPar = null, ocrmypdf = null;
            if (!args.SkipCli)
            {
                o.WriteLine(F($"2. tesseract CLI over the {scannedPages.Count} scanned pages (the page images extracted beforehand at native resolution, --dpi as Intake reads them, one process per page, OMP_THREAD_LIMIT=1):"));
                await FlushDiskAsync();
                cliSeq = await ExternalRuns.TesseractCliAsync(scannedPages, 1, ct);
                BenchReport.PrintBatch(o, "sequential", cliSeq);
                cliPar = await ExternalRuns.TesseractCliAsync(scannedPages, 2, ct);
                BenchReport.PrintBatch(o, "2 processes in parallel", cliPar);
                o.WriteLine();
            }
            if (runOcrmypdf)
            {
                o.WriteLine(F($"3. ocrmypdf -l fra --skip-text -j 2 over the {valid.Count} valid files (images wrapped by img2pdf beforehand):"));
                await FlushDiskAsync();
                ocrmypdf = await ExternalRuns.OcrmypdfAsync(valid, Path.Combine(work, "ocrmypdf"), 2, ct);
                BenchReport.PrintBatch(o, "ocrmypdf", ocrmypdf);
                o.WriteLine();
            }
            o.WriteLine(F($"4. text layer over the {bornDigitalFiles.Count} born-digital PDFs ({bornDigitalFiles.Sum(f => f.Pages.Count)} pages), sequential, best of 3:"));
            var pdftotext = await ExternalRuns.PdftotextAsync(bornDigitalFiles, 3, ct);
            var (pdfPig, pigOcr) = await ExternalRuns.PdfPigAsync(bornDigitalFiles, 3, ct);
            BenchReport.PrintBatch(o, "pdftotext (one process per file)", pdftotext);
            BenchReport.PrintBatch(o, "Intake FileTextReader (PdfPig)", pdfPig);
            o.WriteLine($"   pages OCR'd by FileTextReader in this run: {pigOcr}");
            o.WriteLine();

            // A-B-A: Intake again after the references, so that a machine getting slower or faster during the
            // run (a shared host) weighs on both sides alike; the ratios use the mean of the two Intake runs.
            var measured = intake;
            if (!args.SingleIntakeRun && (cliPar is not null || ocrmypdf is not null))
            {
                o.WriteLine("5. Intake end to end again, after the references (the ratios use the mean of runs 1 and 5):");
                await FlushDiskAsync();
                var again = await IntakePipelineRun.RunAsync(inbox, work, readAhead, args.KeepDb, o, ct);
                BenchReport.PrintIntake(o, again, totalPages, heading: false);
                measured = IntakeRunResult.Mean(intake, again);
                o.WriteLine(F($"   mean of the two runs: {measured.WallSeconds:0.0} s = {BenchFigures.PerMinute(totalPages, measured.WallSeconds):0.0} pages/min"));
                o.WriteLine();
            }

            var figures = BenchFigures.Compute(files, measured, cliPar, ocrmypdf, pdfPig, pdftotext);
            BenchReport.PrintRatios(o, figures, measured.WallSeconds, ocrmypdf, cliSeq, cliPar);
            o.WriteLine(F($"Peak memory: bench process {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0} MiB (PeakWorkingSet64, includes Intake's engines and the PdfPig run){(ExternalProcess.CanMeasureMemory ? "" : "; /usr/bin/time missing (package time): child memory not measured")}"));
            o.WriteLine(F($"Bench total: {total.Elapsed.TotalMinutes:0.0} min (corpus generation and image extraction included); load average at the end {LoadAverage()}"));
            o.WriteLine("(Ratios are only meaningful on an otherwise idle machine: other processes take cores from every column.)");
            return 0;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("intake bench: interrupted");
            return 130;
        }
        finally
        {
            if (!args.Keep && Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// Writes back what the untimed steps left in the page cache (the generated corpus, extracted images, the
    /// previous tool's output) before a timed step, whose own fsyncs would otherwise wait for it.
    /// </summary>
    private static Task FlushDiskAsync() => ExternalProcess.OutputAsync("sync");

    /// <summary>1, 5 and 15-minute load averages (/proc/loadavg), to tell a quiet machine from a busy one.</summary>
    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "unknown"; }
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

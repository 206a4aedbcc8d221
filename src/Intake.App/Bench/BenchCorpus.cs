using Intake.App.Eval;
using Intake.Text;
using Intake.Text.Sniffing;

namespace Intake.App.Bench;

/// <summary>A page of the corpus: scanned (it carries a picture, per poppler) or born-digital, and its image for the CLI.</summary>
public sealed record BenchPage(int Number, bool Scanned, string? ImagePath, int Dpi);

/// <summary>
/// A corpus file as the external tools see it: <see cref="PdfPath"/> is the file itself for a PDF, or its
/// lossless img2pdf conversion for a TIFF/JPEG/PNG (made beforehand, untimed). Broken files are not valid:
/// Intake quarantines them; the other tools are not run on them.
/// </summary>
public sealed record BenchFile(string FullPath, string RelativePath, FileKind Kind, bool Valid, string? PdfPath, IReadOnlyList<BenchPage> Pages)
{
    public bool AllScanned => Valid && Pages.Count > 0 && Pages.All(p => p.Scanned);
    public bool AllBornDigital => Valid && Kind == FileKind.Pdf && Pages.Count > 0 && Pages.All(p => !p.Scanned);
}

/// <summary>
/// Inventory of a generated corpus, independent of Intake's own decisions: `pdfimages -list` tells which PDF
/// pages carry a picture (scanned) and which do not (born-digital); the scanned pages' pictures are extracted
/// once at native resolution (pdfimages, PGM/PBM/PPM) for the tesseract CLI runs.
/// </summary>
public static class BenchCorpus
{
    /// <summary>Resolution range Intake trusts in an image file's own tag (else it assumes 300 dpi).</summary>
    private const int MinSaneDpi = 100, MaxSaneDpi = 1200, AssumedDpi = 300;

    public static async Task<IReadOnlyList<BenchFile>> InventoryAsync(string inbox, string workDir)
    {
        var pdfDir = Directory.CreateDirectory(Path.Combine(workDir, "pdf")).FullName;
        var pagesDir = Directory.CreateDirectory(Path.Combine(workDir, "pages")).FullName;
        var files = new List<BenchFile>();
        int index = 0;
        foreach (var f in EvalInbox.List(inbox, DateOnly.FromDateTime(DateTime.Now)))
        {
            index++;
            SniffResult sniff;
            try { sniff = FileSniffer.Validate(f.FullPath, new TextOptions()); }
            catch (UnreadableFileException)
            {
                files.Add(new BenchFile(f.FullPath, f.RelativePath, FileSniffer.KindFromExtension(f.FullPath), false, null, []));
                continue;
            }
            var pdf = sniff.Kind == FileKind.Pdf ? f.FullPath : await ToPdfAsync(f.FullPath, Path.Combine(pdfDir, $"{index:D4}.pdf"));
            var listed = PdfImagesList.Parse(await ExternalProcess.OutputAsync("pdfimages", "-list", pdf)).Pictures().ToList();
            var prefix = Path.Combine(pagesDir, $"{index:D4}");
            if (listed.Count > 0) await ExternalProcess.OutputAsync("pdfimages", "-p", pdf, prefix);
            var pages = new List<BenchPage>();
            for (int p = 1; p <= sniff.PageCount; p++)
            {
                var largest = listed.Where(i => i.Page == p).MaxBy(i => (long)i.Width * i.Height);
                if (largest is null)
                {
                    pages.Add(new BenchPage(p, false, null, 0));
                    continue;
                }
                var image = Directory.EnumerateFiles(pagesDir, $"{index:D4}-{p:D3}-{largest.Number:D3}.*").FirstOrDefault();
                int dpi = (int)Math.Round((largest.PpiX + largest.PpiY) / 2.0);
                if (dpi is < MinSaneDpi or > MaxSaneDpi) dpi = AssumedDpi;
                pages.Add(new BenchPage(p, true, image, dpi));
            }
            files.Add(new BenchFile(f.FullPath, f.RelativePath, sniff.Kind, true, pdf, pages));
        }
        return files;
    }

    /// <summary>
    /// img2pdf wraps the image losslessly; an image without a plausible resolution tag is placed at 300 dpi,
    /// as Intake assumes (img2pdf would otherwise assume 96 dpi).
    /// </summary>
    private static async Task<string> ToPdfAsync(string image, string pdf)
    {
        await ExternalProcess.OutputAsync("img2pdf", "-o", pdf, image);
        var listed = PdfImagesList.Parse(await ExternalProcess.OutputAsync("pdfimages", "-list", pdf)).Pictures().ToList();
        if (listed.Any(i => i.PpiX is < MinSaneDpi or > MaxSaneDpi))
            await ExternalProcess.OutputAsync("img2pdf", "--imgsize", $"{AssumedDpi}dpix{AssumedDpi}dpi", "-o", pdf, image);
        return pdf;
    }
}

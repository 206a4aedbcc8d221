using Intake.App.Eval;
using Intake.Text;
using Intake.Text.Images;
using Intake.Text.Sniffing;

namespace Intake.App.Bench;

/// <summary>
/// A page of the corpus: scanned (it carries a picture, per poppler) or born-digital, its image for the CLI and the
/// resolution Intake reads it at (<see cref="ResolutionGuessed"/>: the file declares none believable).
/// </summary>
public sealed record BenchPage(int Number, bool Scanned, string? ImagePath, int Dpi, bool ResolutionGuessed = false);

/// <summary>
/// A corpus file as the external tools see it: <see cref="PdfPath"/> is the file itself for a PDF, or its
/// lossless img2pdf conversion for a TIFF/JPEG/PNG (made beforehand, untimed). Files that are not valid are left to
/// Intake alone: <see cref="Unreadable"/> ones Intake quarantines, the others the reference tools cannot read.
/// </summary>
public sealed record BenchFile(string FullPath, string RelativePath, FileKind Kind, bool Valid, string? PdfPath, IReadOnlyList<BenchPage> Pages,
    bool Unreadable = false)
{
    public bool AllScanned => Valid && Pages.Count > 0 && Pages.All(p => p.Scanned);
    public bool AllBornDigital => Valid && Kind == FileKind.Pdf && Pages.Count > 0 && Pages.All(p => !p.Scanned);
}

/// <summary>
/// Inventory of a corpus, independent of Intake's own decisions: `pdfimages -list` tells which PDF pages carry a
/// picture (scanned) and which do not (born-digital); the scanned pages' pictures are extracted once at native
/// resolution (pdfimages: JPEG as it is stored, other images as PGM/PBM/PPM) for the tesseract CLI runs. Image files
/// are wrapped by img2pdf at the resolution Intake reads them at (<see cref="PageResolution.OfImageFile"/>: their
/// header when believable, else Intake's guess), so that the CLI is given that resolution too.
/// </summary>
public static class BenchCorpus
{
    /// <summary>Resolution range Intake takes a PDF page image at; outside it Intake renders the page at 300 dpi.</summary>
    private const int MinPdfDpi = 70, MaxPdfDpi = 1200, RenderDpi = 300;

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
            IReadOnlyList<PageResolution>? resolutions = null;
            try
            {
                sniff = FileSniffer.Validate(f.FullPath, new TextOptions());
                if (sniff.Kind != FileKind.Pdf) resolutions = PageResolution.OfImageFile(f.FullPath);
            }
            catch (UnreadableFileException)
            {
                files.Add(new BenchFile(f.FullPath, f.RelativePath, FileSniffer.KindFromExtension(f.FullPath), false, null, [], Unreadable: true));
                continue;
            }
            try
            {
                files.Add(await InventoryFileAsync(f, sniff, resolutions, Path.Combine(pdfDir, $"{index:D4}.pdf"), Path.Combine(pagesDir, $"{index:D4}")));
            }
            catch (InvalidOperationException)
            {
                // poppler or img2pdf cannot read a file Intake accepts: Intake alone processes it.
                files.Add(new BenchFile(f.FullPath, f.RelativePath, sniff.Kind, false, null, []));
            }
        }
        return files;
    }

    private static async Task<BenchFile> InventoryFileAsync(EvalFile f, SniffResult sniff, IReadOnlyList<PageResolution>? resolutions, string pdfTarget, string prefix)
    {
        var pdf = resolutions is null ? f.FullPath : await ToPdfAsync(f.FullPath, pdfTarget, resolutions);
        var listed = PdfImagesList.Parse(await ExternalProcess.OutputAsync("pdfimages", "-list", pdf)).Pictures().ToList();
        if (listed.Count > 0) await ExternalProcess.OutputAsync("pdfimages", "-p", "-j", pdf, prefix);
        var pages = new List<BenchPage>();
        var dir = Path.GetDirectoryName(prefix)!;
        var name = Path.GetFileName(prefix);
        for (int p = 1; p <= sniff.PageCount; p++)
        {
            var largest = listed.Where(i => i.Page == p).MaxBy(i => (long)i.Width * i.Height);
            if (largest is null)
            {
                pages.Add(new BenchPage(p, false, null, 0));
                continue;
            }
            var image = Directory.EnumerateFiles(dir, $"{name}-{p:D3}-{largest.Number:D3}.*").FirstOrDefault();
            int dpi = (int)Math.Round((largest.PpiX + largest.PpiY) / 2.0);
            if (resolutions is not null && p <= resolutions.Count) dpi = (int)Math.Round((resolutions[p - 1].DpiX + resolutions[p - 1].DpiY) / 2);
            else if (dpi is < MinPdfDpi or > MaxPdfDpi) dpi = RenderDpi;
            pages.Add(new BenchPage(p, true, image, dpi, resolutions is not null && p <= resolutions.Count && resolutions[p - 1].Guessed));
        }
        return new BenchFile(f.FullPath, f.RelativePath, sniff.Kind, true, pdf, pages);
    }

    /// <summary>
    /// img2pdf wraps the image losslessly; a page whose header Intake does not believe is placed at the resolution
    /// Intake guessed for it (img2pdf would otherwise take the header's, or 96 dpi).
    /// </summary>
    private static async Task<string> ToPdfAsync(string image, string pdf, IReadOnlyList<PageResolution> resolutions)
    {
        var guessed = resolutions.FirstOrDefault(r => r.Guessed);
        if (guessed.Guessed)
        {
            int dpi = (int)Math.Round(guessed.DpiX);
            await ExternalProcess.OutputAsync("img2pdf", "--imgsize", $"{dpi}dpix{dpi}dpi", "-o", pdf, image);
        }
        else
        {
            await ExternalProcess.OutputAsync("img2pdf", "-o", pdf, image);
        }
        return pdf;
    }
}

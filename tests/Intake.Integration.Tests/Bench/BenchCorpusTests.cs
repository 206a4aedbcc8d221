using System.Diagnostics;
using Intake.App.Bench;
using Intake.Text.Sniffing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Intake.Integration.Tests.Bench;

/// <summary>
/// `intake bench --inbox DIR` on a corpus it did not make: the inventory tells scanned from born-digital pages with
/// poppler, extracts the page images for the tesseract CLI, and gives the CLI the resolution Intake reads each page at
/// (a photo without one: Intake's estimate, not a blind 300 dpi). Real img2pdf, pdfimages and pdftoppm.
/// </summary>
public sealed class BenchCorpusTests : IDisposable
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private readonly string root = Directory.CreateTempSubdirectory("intake-bench-corpus-").FullName;

    [Fact]
    public async Task A_given_inbox_is_inventoried_with_the_resolution_intake_reads_each_page_at()
    {
        var day = Directory.CreateDirectory(Path.Combine(root, "inbox", "2026-01-05")).FullName;
        var text = Path.Combine(root, "letter.pdf");
        WritePdf(text);
        File.Copy(text, Path.Combine(day, "0001_mail.pdf"));
        Run("pdftoppm", "-r", "150", "-gray", "-png", "-singlefile", text, Path.Combine(root, "scan"));
        Run("img2pdf", "-o", Path.Combine(day, "0002_scan.pdf"), Path.Combine(root, "scan.png"));
        Run("pdftoppm", "-r", "150", "-gray", "-jpeg", "-singlefile", text, Path.Combine(root, "photo"));
        File.WriteAllBytes(Path.Combine(day, "0003_IMG.jpg"), WithoutDensity(File.ReadAllBytes(Path.Combine(root, "photo.jpg"))));
        File.WriteAllText(Path.Combine(day, "0004_scan.pdf"), "%PDF-1.4 not really");

        var files = await BenchCorpus.InventoryAsync(Path.Combine(root, "inbox"), Path.Combine(root, "prep"));

        Assert.Equal(["2026-01-05/0001_mail.pdf", "2026-01-05/0002_scan.pdf", "2026-01-05/0003_IMG.jpg", "2026-01-05/0004_scan.pdf"],
            files.Select(f => f.RelativePath));
        var (mail, scan, photo, broken) = (files[0], files[1], files[2], files[3]);

        Assert.True(mail.AllBornDigital);
        Assert.All(mail.Pages, p => Assert.Null(p.ImagePath));

        var scanned = Assert.Single(scan.Pages);
        Assert.True(scanned.Scanned);
        Assert.Equal(150, scanned.Dpi);
        Assert.False(scanned.ResolutionGuessed);
        Assert.True(File.Exists(scanned.ImagePath));

        Assert.Equal(FileKind.Jpeg, photo.Kind);
        var page = Assert.Single(photo.Pages);
        Assert.True(page.Scanned);
        Assert.True(page.ResolutionGuessed);
        Assert.InRange(page.Dpi, 120, 190);             // estimated from its writing, as Intake reads it
        Assert.True(File.Exists(page.ImagePath));
        Assert.NotEqual(photo.FullPath, photo.PdfPath); // wrapped by img2pdf for ocrmypdf, at that resolution
        var listed = PdfImagesList.Parse(Output("pdfimages", "-list", photo.PdfPath!)).Pictures().Single();
        Assert.InRange(listed.PpiX, page.Dpi - 1, page.Dpi + 1);

        Assert.False(broken.Valid);
        Assert.True(broken.Unreadable);
    }

    /// <summary>Sets a JFIF header's density unit to 0 (aspect ratio only), as phones and many tools write it.</summary>
    private static byte[] WithoutDensity(byte[] jpeg)
    {
        Assert.True(jpeg[2] == 0xFF && jpeg[3] == 0xE0 && jpeg[6] == 'J', "pdftoppm wrote no JFIF header");
        jpeg[13] = 0;
        jpeg[14] = 0; jpeg[15] = 1;
        jpeg[16] = 0; jpeg[17] = 1;
        return jpeg;
    }

    private static void WritePdf(string path)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
        var page = builder.AddPage(PageSize.A4);
        double y = 780;
        for (int i = 0; i < 24; i++)
        {
            page.AddText($"Ligne {i + 1} : le patient a subi une intervention chirurgicale du genou droit.", 11, new PdfPoint(60, y), font);
            y -= 26;
        }
        File.WriteAllBytes(path, builder.Build());
    }

    private static void Run(string tool, params string[] args) => Output(tool, args);

    private static string Output(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{tool}: {stderr}");
        return stdout.Result;
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}

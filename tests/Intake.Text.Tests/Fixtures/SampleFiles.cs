using System.Diagnostics;
using Intake.Text.Ocr;
using Intake.Text.Ocr.Native;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using UglyToad.PdfPig.Content;

namespace Intake.Text.Tests.Fixtures;

/// <summary>
/// Real sample files built by the tests themselves: PDFs written with PdfPig and DejaVuSans, rasterised with
/// pdftoppm, wrapped with img2pdf, re-encoded (JPEG, TIFF, rotations) with Leptonica. Built once per test run.
/// </summary>
internal static class SampleFiles
{
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>Text of the claim-form page (first line is the title).</summary>
    public static readonly string[] ClaimLines =
    [
        "Demande d'indemnisation",
        "Commission de conciliation et d'indemnisation des accidents médicaux",
        "Victime d'un accident médical survenu le 12 mars 2021 à l'hôpital de Lyon.",
        "Nom : DUPONT        Prénom : Marie",
        "Le patient a subi une intervention chirurgicale du genou droit.",
        "Les séquelles justifient une expertise médicale contradictoire.",
    ];

    /// <summary>Text of a second, different page (letter).</summary>
    public static readonly string[] LetterLines =
    [
        "Courrier de transmission",
        "Madame, Monsieur, veuillez trouver ci-joint les pièces justificatives",
        "demandées concernant le dossier de votre patiente.",
        "Je vous prie d'agréer l'expression de mes salutations distinguées.",
    ];

    public static readonly string Dir = CreateDir();

    private static readonly Lazy<string> bornDigital = new(() => WritePdf("born-digital.pdf", [ClaimLines, LetterLines]));
    private static readonly Lazy<string> claimPng = new(() => RasterToPng(BornDigitalPdf, 1, "claim-p1.png"));
    private static readonly Lazy<string> letterPng = new(() => RasterToPng(BornDigitalPdf, 2, "letter-p2.png"));

    private static readonly Lazy<string> claimJpeg = new(() => Convert(ClaimPng, "claim.jpg", ImageFileFormat.Jpeg));
    private static readonly Lazy<string> imageOnlyPdf = new(() => Img2Pdf("image-only.pdf", ClaimPng));
    private static readonly Lazy<string> twoPageTiff = new(() => Tiff("two-pages.tif", ClaimPng, LetterPng));
    private static readonly Lazy<string> upsideDown = new(() => Rotated(ClaimPng, 180, "claim-upside-down.png"));
    private static readonly Lazy<string> sideways = new(() => Rotated(LetterPng, 90, "letter-turned-90.png"));
    private static readonly Lazy<string> mixedPdf = new(MixedPdf);

    public static string BornDigitalPdf => bornDigital.Value;

    public static string ClaimJpeg => claimJpeg.Value;

    /// <summary>img2pdf of the claim page PNG: one Flate-encoded page image, no text layer.</summary>
    public static string ImageOnlyPdf => imageOnlyPdf.Value;

    /// <summary>Claim page then letter page, ZIP-compressed grey TIFF at 300 dpi.</summary>
    public static string TwoPageTiff => twoPageTiff.Value;

    public static string UpsideDownPng => upsideDown.Value;

    /// <summary>The letter page turned 90 degrees clockwise.</summary>
    public static string SidewaysPng => sideways.Value;

    /// <summary>Page 1 born-digital claim; page 2 the letter as a page-sized JPEG plus a typed reception stamp.</summary>
    public static string MixedPdfPath => mixedPdf.Value;

    public const string Stamp = "Reçu le 05/01/2026";

    /// <summary>Page 1 of the born-digital PDF at 300 dpi, grey PNG.</summary>
    public static string ClaimPng => claimPng.Value;

    public static string LetterPng => letterPng.Value;

    public static string PathOf(string name) => Path.Combine(Dir, name);

    /// <summary>Writes an A4 PDF with one page per block of lines (12 pt DejaVuSans, from the top margin).</summary>
    public static string WritePdf(string name, IEnumerable<string[]> pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            double y = 780;
            foreach (var line in lines)
            {
                page.AddText(line, line == lines[0] ? 18 : 12, new PdfPoint(60, y), font);
                y -= 28;
            }
        }
        var path = PathOf(name);
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    /// <summary>Renders one page with pdftoppm (PGM, 300 dpi, grey) and re-encodes it as PNG with Leptonica.</summary>
    public static string RasterToPng(string pdf, int page, string name)
    {
        var root = PathOf(Path.GetFileNameWithoutExtension(name) + "-raw");
        Run("pdftoppm", $"-r 300 -gray -singlefile -f {page} -l {page} \"{pdf}\" \"{root}\"");
        using var pix = Pix.Read(root + ".pgm");
        pix.SetResolution(300, 300);
        var path = PathOf(name);
        pix.Write(path, ImageFileFormat.Png);
        File.Delete(root + ".pgm");
        return path;
    }

    /// <summary>Writes a copy of an image rotated clockwise, in the given format.</summary>
    public static string Rotated(string image, int degrees, string name, ImageFileFormat format = ImageFileFormat.Png)
    {
        using var pix = Pix.Read(image);
        using var rotated = pix.RotateClockwise(degrees);
        rotated.SetResolution(300, 300);
        var path = PathOf(name);
        rotated.Write(path, format);
        return path;
    }

    public static string Convert(string image, string name, ImageFileFormat format)
    {
        using var pix = Pix.Read(image);
        pix.SetResolution(300, 300);
        var path = PathOf(name);
        pix.Write(path, format);
        return path;
    }

    public static string Tiff(string name, params string[] pages)
    {
        var path = PathOf(name);
        for (int i = 0; i < pages.Length; i++)
        {
            using var pix = Pix.Read(pages[i]);
            pix.SetResolution(300, 300);
            pix.WriteTiff(path, append: i > 0);
        }
        return path;
    }

    private static string MixedPdf()
    {
        var jpeg = Convert(LetterPng, "letter.jpg", ImageFileFormat.Jpeg);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        var first = builder.AddPage(PageSize.A4);
        double y = 780;
        foreach (var line in ClaimLines)
        {
            first.AddText(line, 12, new PdfPoint(60, y), font);
            y -= 28;
        }
        var second = builder.AddPage(PageSize.A4);
        second.AddJpeg(File.ReadAllBytes(jpeg), new PdfRectangle(0, 0, second.PageSize.Width, second.PageSize.Height));
        second.AddText(Stamp, 10, new PdfPoint(400, 40), font);
        var path = PathOf("mixed.pdf");
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    /// <summary>Image-only PDF: img2pdf wraps the images losslessly, one page each.</summary>
    public static string Img2Pdf(string name, params string[] images)
    {
        var path = PathOf(name);
        Run("img2pdf", string.Join(' ', images.Select(i => $"\"{i}\"")) + $" -o \"{path}\"");
        return path;
    }

    public static void Run(string tool, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{tool} {args} failed: {err.Result}");
    }

    private static string CreateDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "intake-text-tests-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        return dir;
    }
}

using System.Diagnostics;
using Intake.Domain.Documents;
using Intake.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Intake.Extraction.Tests.Fixtures;

/// <summary>
/// A form page drawn as a printer would (PdfPig, DejaVu fonts, vector frames, combs, boxes and rings), scanned
/// (pdftoppm, 300 dpi grey PNG) and read back through the real text stage (Tesseract): what the extractors get
/// from a scanned form of a layout Intake was not built around. Positions are in points from the top-left corner.
/// </summary>
internal sealed class ScannedSheet
{
    private const string FontDir = "/usr/share/fonts/truetype/dejavu/";
    private static readonly FileTextReader Reader = new(new TextOptions { DegreeOfParallelism = 1 });
    private static readonly string Dir = Directory.CreateTempSubdirectory("intake-extraction-sheets-").FullName;

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfPageBuilder page;
    private readonly PdfDocumentBuilder.AddedFont sans, value;

    public ScannedSheet()
    {
        page = builder.AddPage(PageSize.A4);
        sans = builder.AddTrueTypeFont(File.ReadAllBytes(FontDir + "DejaVuSans.ttf"));
        value = builder.AddTrueTypeFont(File.ReadAllBytes(FontDir + "DejaVuSerif.ttf"));
    }

    private double Height => page.PageSize.Height;

    /// <summary>Printed text (a label, a title) with its baseline at <paramref name="y"/>.</summary>
    public ScannedSheet Text(double x, double y, string text, double size = 10)
    {
        page.AddText(text, size, new PdfPoint(x, Height - y), sans);
        return this;
    }

    /// <summary>A value filled in (typed in a serif face) with its baseline at <paramref name="y"/>.</summary>
    public ScannedSheet Value(double x, double y, string text, double size = 11)
    {
        page.AddText(text, size, new PdfPoint(x, Height - y), value);
        return this;
    }

    /// <summary>A frame whose top-left corner is at (x, y).</summary>
    public ScannedSheet Frame(double x, double y, double w, double h, double pen = 0.8)
    {
        page.DrawRectangle(new PdfPoint(x, Height - y - h), w, h, pen);
        return this;
    }

    /// <summary>A value written in a frame drawn tight around it (top-left corner at (x, y)).</summary>
    public ScannedSheet Framed(double x, double y, double w, string text)
    {
        Frame(x, y, w, 15);
        return Value(x + 3, y + 11.5, text);
    }

    /// <summary>One box per character, full-height separators, each character centred in its box.</summary>
    public ScannedSheet Comb(double x, double y, string chars, double cell = 14, double h = 16)
    {
        Frame(x, y, cell * chars.Length, h);
        for (int i = 1; i < chars.Length; i++)
            page.DrawLine(new PdfPoint(x + i * cell, Height - y), new PdfPoint(x + i * cell, Height - y - h), 0.8);
        for (int i = 0; i < chars.Length; i++)
            if (chars[i] != ' ') Value(x + i * cell + cell / 2 - 3.3, y + h - 4, chars[i].ToString());
        return this;
    }

    /// <summary>A checkbox with its bottom-left corner on the baseline at <paramref name="y"/>, crossed or not.</summary>
    public ScannedSheet Box(double x, double y, bool crossed, double side = 9)
    {
        page.DrawRectangle(new PdfPoint(x, Height - y), side, side, 0.8);
        if (crossed)
        {
            page.DrawLine(new PdfPoint(x + 1.5, Height - y + 1.5), new PdfPoint(x + side - 1.5, Height - y + side - 1.5), 1.2);
            page.DrawLine(new PdfPoint(x + 1.5, Height - y + side - 1.5), new PdfPoint(x + side - 1.5, Height - y + 1.5), 1.2);
        }
        return this;
    }

    /// <summary>A ring drawn around a word whose baseline is at <paramref name="y"/> (centre x, half width).</summary>
    public ScannedSheet Ring(double cx, double y, double rx, double ry = 9)
    {
        double cy = Height - y + 3.5;
        for (int i = 0; i < 72; i++)
        {
            double a = i * Math.PI / 36, b = (i + 1) * Math.PI / 36;
            page.DrawLine(new PdfPoint(cx + rx * Math.Cos(a), cy + ry * Math.Sin(a)), new PdfPoint(cx + rx * Math.Cos(b), cy + ry * Math.Sin(b)), 1.1);
        }
        return this;
    }

    /// <summary>A line of dots from x0 to x1 (a dotted leader drawn as a path of dots).</summary>
    public ScannedSheet DottedRule(double x0, double x1, double y)
    {
        for (double x = x0; x < x1; x += 4) page.DrawRectangle(new PdfPoint(x, Height - y), 0.9, 0.9, 0.1, fill: true);
        return this;
    }

    /// <summary>Writes the PDF, scans it at 300 dpi and reads it through Tesseract.</summary>
    public async Task<PageText> ScanAsync(string name)
    {
        var pdf = Path.Combine(Dir, name + ".pdf");
        File.WriteAllBytes(pdf, builder.Build());
        var root = Path.Combine(Dir, name);
        Run("pdftoppm", $"-r 300 -gray -png -singlefile \"{pdf}\" \"{root}\"");
        var file = await Reader.ReadAsync(root + ".png");
        return Assert.Single(file.Pages);
    }

    private static void Run(string tool, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{tool} {args} failed: {err.Result}");
    }
}

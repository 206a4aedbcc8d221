using Intake.Corpus.Rendering;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Intake.Corpus.Writers;

/// <summary>How one page of a PDF is written.</summary>
public abstract record PdfPageContent;

/// <summary>A born-digital page: text drawn with an embedded DejaVu font. SkipFormValues leaves values to AcroForm widgets.</summary>
public sealed record TextPage(PageLayout Layout, bool SkipFormValues = false) : PdfPageContent;

/// <summary>A scanned page: an image covering the sheet (A4 portrait unless the sheet was scanned sideways).</summary>
public sealed record ImagePage(byte[] Data, ImageFormat Format, int PixelWidth, int PixelHeight) : PdfPageContent
{
    public double WidthPoints { get; init; } = LayoutEngine.A4Width;
    public double HeightPoints { get; init; } = LayoutEngine.A4Height;
}

public enum ImageFormat { Jpeg, Png, G4 }

/// <summary>Writes PDFs with PdfPig's builder (text with embedded TrueType fonts, JPEG/PNG/G4 images).</summary>
public static class PdfWriters
{
    public static byte[] Write(IReadOnlyList<PdfPageContent> pages)
    {
        using var builder = new PdfDocumentBuilder { IncludeDocumentInformation = false };
        var fonts = new Dictionary<FontKind, PdfDocumentBuilder.AddedFont>();
        PdfDocumentBuilder.AddedFont Font(FontKind k)
        {
            var kind = k;
            if (!fonts.TryGetValue(kind, out var f)) fonts[kind] = f = builder.AddTrueTypeFont(Fonts.FileBytes(kind));
            return f;
        }
        foreach (var content in pages)
        {
            var (width, height) = content is ImagePage ip ? (ip.WidthPoints, ip.HeightPoints) : (LayoutEngine.A4Width, LayoutEngine.A4Height);
            var page = builder.AddPage(width, height);
            var full = new PdfRectangle(0, 0, width, height);
            switch (content)
            {
                case ImagePage { Format: ImageFormat.Jpeg } img: page.AddJpeg(img.Data, full); break;
                case ImagePage { Format: ImageFormat.Png } img: page.AddPng(img.Data, full); break;
                case ImagePage img: page.AddCcittG4(img.Data, img.PixelWidth, img.PixelHeight, full, false); break; // coded black runs are black (no /Decode inversion)
                case TextPage tp: DrawText(page, tp, Font); break;
            }
        }
        return DeterministicId(builder.Build());
    }

    /// <summary>
    /// PdfPig writes a random trailer /ID; replace it (same length, so the xref stays valid) with a hash of the content,
    /// so that the same seed gives the same bytes.
    /// </summary>
    public static byte[] DeterministicId(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var m = System.Text.RegularExpressions.Regex.Match(text, @"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", System.Text.RegularExpressions.RegexOptions.RightToLeft);
        if (!m.Success) return pdf;
        var copy = (byte[])pdf.Clone();
        foreach (var g in new[] { m.Groups[1], m.Groups[2] })
            for (int i = g.Index; i < g.Index + g.Length; i++) copy[i] = (byte)'0';
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(copy));
        foreach (var g in new[] { m.Groups[1], m.Groups[2] })
            for (int i = 0; i < g.Length; i++) copy[g.Index + i] = (byte)hash[i % hash.Length];
        return copy;
    }

    private static void DrawText(PdfPageBuilder page, TextPage tp, Func<FontKind, PdfDocumentBuilder.AddedFont> font)
    {
        double h = tp.Layout.Height;
        foreach (var box in tp.Layout.Boxes)
        {
            var origin = new PdfPoint(box.X, h - box.Y - box.H);
            switch (box.Kind)
            {
                case BoxKind.Checkbox:
                    page.DrawRectangle(origin, box.W, box.H, 0.7);
                    if (box.Checked && !tp.SkipFormValues)
                        page.AddText("X", box.H * 0.95, new PdfPoint(box.X + box.W * 0.15, h - box.Y - box.H * 0.85), font(FontKind.SansBold));
                    break;
                case BoxKind.Signature:
                    page.DrawRectangle(origin, box.W, box.H, 0.5);
                    if (box.Checked)
                    {
                        double y0 = h - box.Y - box.H / 2;
                        for (int i = 0; i < 6; i++)
                            page.DrawLine(new PdfPoint(box.X + 12 + i * 22, y0 + (i % 2 == 0 ? -8 : 9)), new PdfPoint(box.X + 34 + i * 22, y0 + (i % 2 == 0 ? 9 : -8)), 1.1);
                    }
                    break;
                case BoxKind.Card or BoxKind.Photo:
                    page.DrawRectangle(origin, box.W, box.H, 0.7);
                    break;
                case BoxKind.Frame or BoxKind.CombCell:
                    page.DrawRectangle(origin, box.W, box.H, 0.5);
                    break;
            }
        }
        foreach (var t in tp.Layout.Texts)
        {
            if (t.Text.Length == 0) continue;
            if (tp.SkipFormValues && t.Source?.FormField is not null && t.Source.Style != Model.SpanStyle.Checkbox) continue;
            page.AddText(t.Text, t.Size, new PdfPoint(t.X, h - t.Baseline), font(t.Font));
        }
    }
}

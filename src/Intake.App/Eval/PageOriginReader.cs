using Intake.Evaluation.Scoring.Model;
using Intake.Text.Sniffing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Intake.App.Eval;

/// <summary>
/// Reads how the pages of the corpus files were made, from the files themselves and independently of Intake's OCR
/// decision: an image file (TIFF, JPEG, PNG by its first bytes, as <see cref="FileSniffer"/> tells) is scanned; a
/// PDF page is scanned when pictures cover at least half of it, born-digital otherwise (text layer and/or form
/// fields, perhaps a logo). A file that PdfPig cannot open (broken, encrypted, not a PDF) is left out: its documents
/// count as "unknown".
/// </summary>
public static class PageOriginReader
{
    /// <summary>Share of the page that pictures must cover for the page to be a scan.</summary>
    public const double ScannedCoverage = 0.5;

    public static PageOrigins Read(IEnumerable<EvalFile> files)
    {
        var origins = new PageOrigins();
        foreach (var f in files)
        {
            switch (FileSniffer.Detect(f.FullPath))
            {
                case FileKind.Tiff or FileKind.Jpeg or FileKind.Png:
                    origins.SetImage(f.RelativePath);
                    break;
                case FileKind.Pdf when TryReadPdf(f.FullPath) is { } pages:
                    origins.SetPages(f.RelativePath, pages);
                    break;
            }
        }
        return origins;
    }

    private static List<PageOrigin>? TryReadPdf(string path)
    {
        try
        {
            using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return pdf.GetPages().Select(p => Coverage(p) >= ScannedCoverage ? PageOrigin.Scanned : PageOrigin.BornDigital).ToList();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or IOException or UnauthorizedAccessException))
        {
            return null;
        }
    }

    /// <summary>Share of the media box covered by the pictures drawn on the page (their axis-aligned extents, clipped).</summary>
    public static double Coverage(Page page)
    {
        var box = page.MediaBox.Bounds;
        double left = Math.Min(box.Left, box.Right), right = Math.Max(box.Left, box.Right);
        double bottom = Math.Min(box.Bottom, box.Top), top = Math.Max(box.Bottom, box.Top);
        double area = (right - left) * (top - bottom);
        if (area <= 0) return 0;
        double covered = 0;
        foreach (var image in page.GetImages())
        {
            var b = image.BoundingBox;
            double[] xs = [b.BottomLeft.X, b.BottomRight.X, b.TopLeft.X, b.TopRight.X];
            double[] ys = [b.BottomLeft.Y, b.BottomRight.Y, b.TopLeft.Y, b.TopRight.Y];
            double w = Math.Max(0, Math.Min(xs.Max(), right) - Math.Max(xs.Min(), left));
            double h = Math.Max(0, Math.Min(ys.Max(), top) - Math.Max(ys.Min(), bottom));
            covered += w * h;
        }
        return Math.Min(1, covered / area);
    }
}

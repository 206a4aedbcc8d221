using Intake.Text.Images;
using Intake.Text.Ocr;
using Intake.Text.Ocr.Native;
using Intake.Text.Pdf;
using Intake.Text.Sniffing;

namespace Intake.Text.Rendering;

/// <summary>PNG images of pages for the dashboard (pages and thumbnails).</summary>
public sealed class PageImageRenderer(TextOptions? options = null)
{
    private readonly TextOptions options = options ?? new TextOptions();

    /// <summary>
    /// Renders page <paramref name="pageNumber"/> (1-based) as PNG, at most <paramref name="maxWidthPx"/> wide
    /// (images are only ever scaled down). Throws <see cref="UnreadableFileException"/> for unreadable files and
    /// <see cref="ArgumentOutOfRangeException"/> for a page that does not exist.
    /// </summary>
    public byte[] RenderPng(string path, int pageNumber, int maxWidthPx = 1200)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWidthPx, 16);
        var sniff = FileSniffer.Validate(path, options);
        if (pageNumber < 1 || pageNumber > sniff.PageCount) throw new ArgumentOutOfRangeException(nameof(pageNumber));
        if (sniff.Kind == FileKind.Pdf)
        {
            byte[] ppm;
            try { ppm = Pdftoppm.RenderScaled(options.PdftoppmPath, path, pageNumber, maxWidthPx); }
            catch (InvalidOperationException e) { throw Unreadable.CorruptPdf($"page {pageNumber} impossible à afficher", e); }
            using var rendered = Pix.TryDecode(ppm) ?? throw Unreadable.CorruptPdf($"page {pageNumber} impossible à afficher");
            return rendered.Encode(ImageFileFormat.Png);
        }
        using var pix = ImagePageSource.Decode(File.ReadAllBytes(path), sniff.Kind, pageNumber - 1);
        if (pix.Width <= maxWidthPx) return pix.Encode(ImageFileFormat.Png);
        int height = Math.Max(1, (int)Math.Round((double)pix.Height * maxWidthPx / pix.Width));
        using var scaled = pix.ScaleToSize(maxWidthPx, height);
        return scaled.Encode(ImageFileFormat.Png);
    }
}

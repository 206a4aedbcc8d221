using Intake.Text.Images;
using Intake.Text.Ocr;
using Intake.Text.Ocr.Native;
using Intake.Text.Pdf;
using Intake.Text.Sniffing;

namespace Intake.Text.Rendering;

/// <summary>
/// PNG images of pages for the dashboard (pages and thumbnails), bounded in pixels and time: a PDF page is
/// rendered by pdftoppm into a box of <c>longSidePx</c> × <c>longSidePx</c> at most (whatever size the page
/// claims), killed past the caller's deadline; an image file is refused above its own pixel limit
/// (<see cref="TextOptions.MaxImagePixels"/> of the options given) before it is decoded.
/// </summary>
public sealed class PageImageRenderer(TextOptions? options = null)
{
    private readonly TextOptions options = options ?? new TextOptions();

    /// <summary>
    /// Renders page <paramref name="pageNumber"/> (1-based) as PNG with its longer side at most
    /// <paramref name="longSidePx"/> (images are only ever scaled down). Throws <see cref="UnreadableFileException"/>
    /// for unreadable or oversized files, <see cref="ArgumentOutOfRangeException"/> for a page that does not exist and
    /// <see cref="OperationCanceledException"/> when <paramref name="ct"/> fires.
    /// </summary>
    public byte[] RenderPng(string path, int pageNumber, int longSidePx, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(longSidePx, 16);
        var sniff = FileSniffer.Validate(path, options);
        if (pageNumber < 1 || pageNumber > sniff.PageCount) throw new ArgumentOutOfRangeException(nameof(pageNumber));
        ct.ThrowIfCancellationRequested();
        if (sniff.Kind == FileKind.Pdf)
        {
            byte[] ppm;
            try { ppm = Pdftoppm.RenderScaled(options.PdftoppmPath, path, pageNumber, longSidePx, ct); }
            catch (InvalidOperationException e) { throw Unreadable.CorruptPdf($"page {pageNumber} impossible à afficher", e); }
            using var rendered = Pix.TryDecode(ppm) ?? throw Unreadable.CorruptPdf($"page {pageNumber} impossible à afficher");
            return rendered.Encode(ImageFileFormat.Png);
        }
        using var pix = ImagePageSource.Decode(File.ReadAllBytes(path), sniff.Kind, pageNumber - 1);
        ct.ThrowIfCancellationRequested();
        double scale = Math.Min(1, (double)longSidePx / Math.Max(pix.Width, pix.Height));
        if (scale >= 1) return pix.Encode(ImageFileFormat.Png);
        using var scaled = pix.ScaleToSize(Math.Max(1, (int)Math.Round(pix.Width * scale)), Math.Max(1, (int)Math.Round(pix.Height * scale)));
        return scaled.Encode(ImageFileFormat.Png);
    }
}

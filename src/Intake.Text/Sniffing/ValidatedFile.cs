using UglyToad.PdfPig;

namespace Intake.Text.Sniffing;

/// <summary>
/// A file that passed <see cref="FileSniffer.Validate"/>, kept open so that reading it does not open and parse
/// it again: the PDF document (forms and pages read from this one instance) or the image file's bytes.
/// </summary>
internal sealed class ValidatedFile(SniffResult sniff, PdfDocument? pdf, byte[]? imageBytes) : IDisposable
{
    public SniffResult Sniff { get; } = sniff;

    /// <summary>The open document of a PDF (null for an image). Not thread-safe.</summary>
    public PdfDocument? Pdf { get; } = pdf;

    /// <summary>The bytes of an image file (null for a PDF).</summary>
    public byte[]? ImageBytes { get; } = imageBytes;

    public void Dispose() => Pdf?.Dispose();
}

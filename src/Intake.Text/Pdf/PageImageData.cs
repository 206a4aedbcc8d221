using Intake.Text.Ocr;

namespace Intake.Text.Pdf;

/// <summary>
/// The pixels of a page image taken from a PDF, kept as cheaply as possible until the OCR worker decodes them
/// (off the thread that reads the document, which is not thread-safe).
/// </summary>
internal abstract record PageImageData
{
    /// <summary>
    /// A new Pix of the image, or null when it cannot be decoded. A JPEG is decoded as grey, reduced
    /// <paramref name="jpegReduction"/> times inside the decoder (<see cref="Images.RasterReduction.JpegReduction"/>);
    /// other images ignore it.
    /// </summary>
    public abstract Pix? TryDecode(int width, int height, int jpegReduction = 1);
}

/// <summary>A complete image file (a JPEG stream, or a PNG built by PdfPig), decoded by Leptonica.</summary>
internal sealed record EncodedImageData(byte[] Bytes) : PageImageData
{
    public override Pix? TryDecode(int width, int height, int jpegReduction = 1) =>
        Pix.IsJpeg(Bytes) ? Pix.TryDecodeJpeg(Bytes, jpegReduction, luminanceOnly: true) : Pix.TryDecode(Bytes);
}

/// <summary>Decoded 8-bit samples, row after row without padding: 1 (grey) or 3 (RGB) per pixel.</summary>
internal sealed record SampleImageData(byte[] Samples, int Components) : PageImageData
{
    public override Pix? TryDecode(int width, int height, int jpegReduction = 1) => Pix.FromSamples(Samples, width, height, Components);
}

using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Images;

namespace Intake.Text.Pdf;

/// <summary>
/// Gets a non-JPEG PDF image (CCITT, Flate...) as 8-bit samples. PdfPig's <c>TryGetPng</c> decodes the image,
/// converts it to 8-bit samples, then builds and compresses an RGB PNG pixel by pixel that Leptonica inflates
/// again: 55-90 ms of CPU for an A4 page at 200 dpi, more than everything else this stage does with the page.
/// For grey and RGB images without a soft mask this class does the same first steps as PdfPig 0.1.16's
/// PngFromPdfImageFactory (same calls, same size check, same failures) and hands the samples over as they are,
/// so the OCR worker gets the same pixels; any other image still goes through <c>TryGetPng</c>.
/// </summary>
internal static class ImageSampleReader
{
    public static PageImageData? TryRead(IPdfImage image)
    {
        if (!HasPlainSamples(image)) return image.TryGetPng(out var png) ? new EncodedImageData(png) : null;
        var details = image.ColorSpaceDetails!;
        // As in TryGetPng: a failure to decode the filters throws to the caller, a failure to convert means "no image".
        if (!image.TryGetBytesAsMemory(out var memory)) return null;
        int components = details.BaseNumberOfColorComponents;
        try
        {
            var samples = ColorSpaceDetailsByteConverter.Convert(details, memory.Span, image.BitsPerComponent,
                image.WidthInSamples, image.HeightInSamples, image.Decode);
            int required = image.WidthInSamples * image.HeightInSamples * components;
            if (!IsCorrectlySized(samples, required)) return null;
            var copy = GC.AllocateUninitializedArray<byte>(required); // every byte is written just below
            samples[..required].CopyTo(copy);
            return new SampleImageData(copy, components);
        }
        catch (Exception)
        {
            return null; // TryGetPng swallows conversion errors the same way
        }
    }

    /// <summary>Grey or RGB samples without soft mask: the cases where TryGetPng's PNG holds the samples unchanged.</summary>
    internal static bool HasPlainSamples(IPdfImage image) =>
        image.MaskImage is null
        && image.ColorSpaceDetails is { } details
        && details is not UnsupportedColorSpaceDetails
        && details.BaseType is not (ColorSpace.Pattern or ColorSpace.DeviceCMYK)
        && details.BaseNumberOfColorComponents is 1 or 3;

    /// <summary>PdfPig's size check: exact, or one extra end-of-line marker (LF, CR or CR LF).</summary>
    private static bool IsCorrectlySized(ReadOnlySpan<byte> samples, int required)
    {
        int n = samples.Length;
        return n == required
               || (n == required + 1 && samples[n - 1] is (byte)'\n' or (byte)'\r')
               || (n == required + 2 && samples[n - 2] == '\r' && samples[n - 1] == '\n');
    }
}

using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Intake.Text.Pdf;

/// <summary>A page image taken straight from the PDF (JPEG bytes or decoded samples) and where it sits.</summary>
internal sealed record EmbeddedPageImage(PageImageData Data, int PixelWidth, int PixelHeight, double Left, double Top, double Width, double Height)
{
    public double DpiX => PixelWidth / (Width / 72);
    public double DpiY => PixelHeight / (Height / 72);
}

/// <summary>How much of a page its images cover, and the page-sized image when one can be used directly.</summary>
internal sealed record PageImages(double Coverage, EmbeddedPageImage? Direct);

/// <summary>Looks at a PDF page's images: is it a scan, and can the scan be decoded without rendering?</summary>
internal static class PageImageFinder
{
    /// <summary>Tolerance, as a share of the page size, for an image to count as "the page".</summary>
    private const double EdgeTolerance = 0.02;

    public static PageImages Inspect(Page page, TextOptions options)
    {
        double pageW = page.Width, pageH = page.Height, pageArea = pageW * pageH;
        if (pageArea <= 0) return new PageImages(0, null);
        var images = page.GetImages().Where(i => !i.IsImageMask).ToList();
        if (images.Count == 0) return new PageImages(0, null);

        double covered = images.Sum(i => Clip(i.BoundingBox.Left, i.BoundingBox.Right, pageW) * Clip(i.BoundingBox.Bottom, i.BoundingBox.Top, pageH));
        double coverage = Math.Min(1, covered / pageArea);
        var largest = images.MaxBy(i => i.BoundingBox.Width * i.BoundingBox.Height)!;
        return new PageImages(coverage, TryDirect(largest, pageW, pageH, options));
    }

    private static EmbeddedPageImage? TryDirect(IPdfImage image, double pageW, double pageH, TextOptions options)
    {
        var b = image.BoundingBox;
        if (Math.Abs(b.Rotation) > 0.01) return null;
        double left = Math.Min(b.Left, b.Right), right = Math.Max(b.Left, b.Right);
        double bottom = Math.Min(b.Bottom, b.Top), top = Math.Max(b.Bottom, b.Top);
        if (left > pageW * EdgeTolerance || right < pageW * (1 - EdgeTolerance)
            || bottom > pageH * EdgeTolerance || top < pageH * (1 - EdgeTolerance)) return null;
        int pw = image.WidthInSamples, ph = image.HeightInSamples;
        if (pw < 200 || ph < 200) return null;
        if (pw > options.MaxImageSide || ph > options.MaxImageSide || (long)pw * ph > options.MaxImagePixels) return null;
        // Same aspect ratio, or the image is drawn rotated or stretched: let pdftoppm deal with it.
        double aspectImage = (double)pw / ph, aspectBox = (right - left) / (top - bottom);
        if (Math.Abs(aspectImage / aspectBox - 1) > 0.05) return null;
        double dpi = pw / ((right - left) / 72);
        if (dpi is < 70 or > 1200) return null;

        var data = FilterNames(image).SequenceEqual(["DCTDecode"])
            ? new EncodedImageData(image.RawMemory.ToArray()) // a complete JPEG
            : ImageSampleReader.TryRead(image); // Flate, CCITT G4...
        if (data is null) return null; // JBIG2, JPEG 2000: render instead
        return new EmbeddedPageImage(data, pw, ph, left, pageH - top, right - left, top - bottom);
    }

    private static IEnumerable<string> FilterNames(IPdfImage image)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var token)) return [];
        return token switch
        {
            NameToken n => [n.Data],
            ArrayToken a => a.Data.OfType<NameToken>().Select(n => n.Data).ToList(),
            _ => ["?"],
        };
    }

    private static double Clip(double a, double b, double max) =>
        Math.Max(0, Math.Min(Math.Max(a, b), max) - Math.Max(Math.Min(a, b), 0));
}

using System.Runtime.InteropServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Intake.Text.Tests.Fixtures;

/// <summary>
/// One-page scans of the claim page stored the ways scanners and our corpus store them, other than JPEG:
/// Flate grey (img2pdf), Flate RGB (PdfPig's AddPng), CCITT G4 from a TIFF (img2pdf: filter array, no /Decode)
/// and G4 written by PdfPig (as the corpus generator does) with either polarity.
/// </summary>
internal static partial class ScanPdfs
{
    public static readonly string[] Names = ["flate-grey", "flate-rgb", "g4-img2pdf", "g4-black-is-0", "g4-black-is-1"];

    private static readonly Lazy<string> g4Tiff = new(() => BilevelTiff(SampleFiles.ClaimPng, "claim-g4.tif"));

    public static string Path(string name) => name switch
    {
        "flate-grey" => SampleFiles.ImageOnlyPdf,
        "flate-rgb" => Cached(name, () => WithImage(name, (page, rect) => page.AddPng(File.ReadAllBytes(SampleFiles.ClaimPng), rect))),
        "g4-img2pdf" => Cached(name, () => SampleFiles.Img2Pdf(name + ".pdf", g4Tiff.Value)),
        "g4-black-is-0" => Cached(name, () => G4ByPdfPig(name, blackIs1: false)),
        "g4-black-is-1" => Cached(name, () => G4ByPdfPig(name, blackIs1: true)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>The page's only image (the document must stay open while it is used).</summary>
    public static IPdfImage Image(PdfDocument document) => document.GetPage(1).GetImages().Single();

    private static readonly Dictionary<string, string> Built = [];

    private static string Cached(string name, Func<string> build)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(name, out var path)) Built[name] = path = build();
            return path;
        }
    }

    private static string WithImage(string name, Action<PdfPageBuilder, PdfRectangle> add)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        add(page, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        var path = SampleFiles.PathOf(name + ".pdf");
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    /// <summary>The raw G4 stream that img2pdf took from the TIFF, re-embedded by PdfPig's builder.</summary>
    private static string G4ByPdfPig(string name, bool blackIs1)
    {
        byte[] g4;
        int width, height;
        using (var source = PdfDocument.Open(Path("g4-img2pdf")))
        {
            var image = Image(source);
            (g4, width, height) = (image.RawMemory.ToArray(), image.WidthInSamples, image.HeightInSamples);
        }
        return WithImage(name, (page, rect) => page.AddCcittG4(g4, width, height, rect, blackIs1));
    }

    /// <summary>Thresholds an image to 1 bit and writes it as a CCITT G4 TIFF with Leptonica.</summary>
    private static string BilevelTiff(string image, string name)
    {
        var path = SampleFiles.PathOf(name);
        var pix = pixRead(image);
        var bilevel = pixConvertTo1(pix, 128);
        try
        {
            if (bilevel == IntPtr.Zero || pixWriteTiff(path, bilevel, 8 /* IFF_TIFF_G4 */, "w") != 0)
                throw new InvalidOperationException("Leptonica could not write the G4 TIFF.");
            return path;
        }
        finally
        {
            pixDestroy(ref bilevel);
            pixDestroy(ref pix);
        }
    }

    [LibraryImport("liblept.so.5", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr pixRead(string fileName);

    [LibraryImport("liblept.so.5")]
    private static partial IntPtr pixConvertTo1(IntPtr pix, int threshold);

    [LibraryImport("liblept.so.5", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int pixWriteTiff(string fileName, IntPtr pix, int compression, string mode);

    [LibraryImport("liblept.so.5")]
    private static partial void pixDestroy(ref IntPtr pix);
}

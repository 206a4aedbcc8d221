using BitMiracle.LibTiff.Classic;
using UglyToad.PdfPig;

namespace Intake.Corpus.Tests;

/// <summary>Reads back what the generator wrote: page counts of PDFs, TIFFs and images.</summary>
internal static class InboxFiles
{
    public static int PageCount(string path)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".pdf":
                using (var doc = PdfDocument.Open(path)) return doc.NumberOfPages;
            case ".tif":
                using (var tif = Tiff.Open(path, "r")) return tif.NumberOfDirectories();
            case ".jpg" or ".png":
                return 1;
            default:
                throw new InvalidOperationException(path);
        }
    }
}

using Intake.Text.Sniffing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Intake.Text.Pdf;

/// <summary>Opens a PDF with PdfPig and turns every failure into an <see cref="UnreadableFileException"/>.</summary>
internal static class PdfOpener
{
    public static PdfDocument Open(string path, TextOptions options)
    {
        CheckEndOfFile(path);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = new BoundedFilterProvider(options) });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw Unreadable.EncryptedPdf(e);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or IOException or UnauthorizedAccessException or UnreadableFileException))
        {
            throw Unreadable.CorruptPdf("structure illisible", e);
        }
        try
        {
            int pages = document.NumberOfPages;
            if (pages == 0) throw Unreadable.NoPages();
            if (pages > options.MaxPages) throw Unreadable.TooManyPages(pages, options.MaxPages);
            return document;
        }
        catch (Exception e)
        {
            document.Dispose();
            if (e is UnreadableFileException) throw;
            if (e is PdfDocumentEncryptedException) throw Unreadable.EncryptedPdf(e);
            throw Unreadable.CorruptPdf("liste des pages illisible", e);
        }
    }

    /// <summary>
    /// A complete PDF ends with "%%EOF" (possibly followed by a few bytes of padding). Its absence means the file
    /// was cut during transfer or scanning, even when a lenient parser could still salvage some pages.
    /// </summary>
    private static void CheckEndOfFile(string path)
    {
        using var stream = File.OpenRead(path);
        int tail = (int)Math.Min(stream.Length, 2048);
        stream.Seek(-tail, SeekOrigin.End);
        var buffer = new byte[tail];
        stream.ReadExactly(buffer);
        if (buffer.AsSpan().IndexOf("%%EOF"u8) < 0) throw Unreadable.CorruptPdf("fichier tronqué");
    }
}

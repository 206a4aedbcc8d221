using Intake.Text.Pdf;

namespace Intake.Text.Sniffing;

/// <summary>
/// Detects a file's real kind from its magic bytes and validates it before any heavy work, throwing
/// <see cref="UnreadableFileException"/> with a French reason for anything the pipeline must quarantine.
/// </summary>
public static class FileSniffer
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly string[] PdfExtensions = [".pdf"];
    private static readonly string[] TiffExtensions = [".tif", ".tiff"];
    private static readonly string[] JpegExtensions = [".jpg", ".jpeg", ".jpe", ".jfif"];
    private static readonly string[] PngExtensions = [".png"];

    /// <summary>Real kind of the file at <paramref name="path"/> (Unknown for empty or foreign files).</summary>
    public static FileKind Detect(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[1024];
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return Detect(head[..read]);
    }

    /// <summary>Real kind of a file from its first bytes (1,024 are enough).</summary>
    public static FileKind Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 8 && head[..8].SequenceEqual(PngSignature)) return FileKind.Png;
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return FileKind.Jpeg;
        if (head.Length >= 4 && (head[..4].SequenceEqual("II*\0"u8) || head[..4].SequenceEqual("MM\0*"u8)
                                 || head[..4].SequenceEqual("II+\0"u8) || head[..4].SequenceEqual("MM\0+"u8)))
            return FileKind.Tiff;
        // The PDF header may follow some junk within the first 1,024 bytes (tolerated by readers).
        if (head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0) return FileKind.Pdf;
        return FileKind.Unknown;
    }

    /// <summary>Kind claimed by the file's extension (Unknown for other extensions).</summary>
    public static FileKind KindFromExtension(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (PdfExtensions.Contains(ext)) return FileKind.Pdf;
        if (TiffExtensions.Contains(ext)) return FileKind.Tiff;
        if (JpegExtensions.Contains(ext)) return FileKind.Jpeg;
        if (PngExtensions.Contains(ext)) return FileKind.Png;
        return FileKind.Unknown;
    }

    /// <summary>
    /// Checks that the file can be read within the limits of <paramref name="options"/>: not empty, a supported
    /// kind, image dimensions read from the header, page count, PDF neither encrypted nor corrupt.
    /// A file whose content is a supported kind is accepted whatever its extension.
    /// </summary>
    public static SniffResult Validate(string path, TextOptions? options = null)
    {
        using var file = Open(path, options ?? new TextOptions());
        return file.Sniff;
    }

    /// <summary>
    /// Validates the file as <see cref="Validate"/> does and keeps what validation opened (the PDF document, the
    /// image bytes) for the reading that follows. Dispose the result.
    /// </summary>
    internal static ValidatedFile Open(string path, TextOptions options)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException("file not found", path);
        if (info.Length == 0) throw Unreadable.Empty();
        var kind = Detect(path);
        if (kind == FileKind.Unknown)
        {
            var ext = Path.GetExtension(path);
            throw KindFromExtension(path) != FileKind.Unknown ? Unreadable.WrongExtension(ext) : Unreadable.UnsupportedFormat(ext);
        }
        if (kind == FileKind.Pdf)
        {
            var pdf = PdfOpener.Open(path, options);
            return new ValidatedFile(new SniffResult(kind, pdf.NumberOfPages), pdf, null);
        }
        var bytes = File.ReadAllBytes(path);
        var sizes = CheckImage(bytes, kind, options);
        return new ValidatedFile(new SniffResult(kind, sizes.Count), null, bytes);
    }

    /// <summary>Header checks of an image file's bytes; returns the page sizes.</summary>
    internal static IReadOnlyList<ImageSize> CheckImage(ReadOnlySpan<byte> data, FileKind kind, TextOptions options)
    {
        var sizes = ImageHeaderReader.ReadSizes(data, kind, options.MaxPages);
        if (sizes.Count > options.MaxPages) throw Unreadable.TooManyPages(sizes.Count, options.MaxPages);
        foreach (var s in sizes)
        {
            if (s.Width > options.MaxImageSide || s.Height > options.MaxImageSide || s.Width * s.Height > options.MaxImagePixels)
                throw Unreadable.ImageTooLarge(s.Width, s.Height);
        }
        return sizes;
    }
}

using Intake.Text.Sniffing;
using Intake.Text.Tests.Fixtures;

namespace Intake.Text.Tests;

public class SniffingTests
{
    private static UnreadableFileException Refused(string path, TextOptions? options = null) =>
        Assert.Throws<UnreadableFileException>(() => FileSniffer.Validate(path, options));

    [Fact]
    public void Zero_bytes_is_empty()
    {
        var e = Refused(BrokenFiles.Empty());
        Assert.Equal(UnreadableCodes.Empty, e.Code);
        Assert.Equal("Le fichier est vide (0 octet).", e.ReasonFr);
    }

    [Fact]
    public void Text_file_named_pdf_is_wrong_extension()
    {
        var e = Refused(BrokenFiles.Text("lettre.pdf"));
        Assert.Equal(UnreadableCodes.WrongExtension, e.Code);
        Assert.Contains(".pdf", e.ReasonFr);
    }

    [Fact]
    public void Text_file_with_foreign_extension_is_unsupported()
    {
        Assert.Equal(UnreadableCodes.UnsupportedFormat, Refused(BrokenFiles.Text("notes.txt")).Code);
    }

    [Fact]
    public void Truncated_pdf_is_corrupt()
    {
        Assert.Equal(UnreadableCodes.CorruptPdf, Refused(BrokenFiles.TruncatedPdf()).Code);
    }

    [Fact]
    public void Encrypted_pdf_is_refused_with_password_reason()
    {
        var e = Refused(BrokenFiles.EncryptedPdf());
        Assert.Equal(UnreadableCodes.EncryptedPdf, e.Code);
        Assert.Equal("Le PDF est protégé par un mot de passe : demander une version non protégée à l'expéditeur.", e.ReasonFr);
    }

    [Fact]
    public void Png_header_claiming_50000_px_square_is_too_large_before_decoding()
    {
        var e = Refused(BrokenFiles.PngClaiming(50_000, 50_000, "bomb.png"));
        Assert.Equal(UnreadableCodes.ImageTooLarge, e.Code);
        Assert.Contains("50000", e.ReasonFr);
    }

    [Fact]
    public void Pixel_limits_are_configurable()
    {
        var path = BrokenFiles.PngClaiming(3000, 3000, "nine-mpx.png");
        Assert.Equal(UnreadableCodes.ImageTooLarge, Refused(path, new TextOptions { MaxImagePixels = 5_000_000 }).Code);
        Assert.Equal(FileKind.Png, FileSniffer.Validate(path).Kind); // header alone is fine under default limits
    }

    [Fact]
    public void Too_many_pages_is_refused()
    {
        var e = Refused(SampleFiles.BornDigitalPdf, new TextOptions { MaxPages = 1 });
        Assert.Equal(UnreadableCodes.TooManyPages, e.Code);
    }

    [Fact]
    public void Kind_comes_from_content_not_extension()
    {
        var jpegNamedPdf = SampleFiles.PathOf("photo-named.pdf");
        File.Copy(SampleFiles.ClaimJpeg, jpegNamedPdf, overwrite: true);
        var result = FileSniffer.Validate(jpegNamedPdf);
        Assert.Equal(FileKind.Jpeg, result.Kind);
        Assert.Equal(1, result.PageCount);
        Assert.Equal(FileKind.Pdf, FileSniffer.Detect(SampleFiles.BornDigitalPdf));
        Assert.Equal(FileKind.Png, FileSniffer.Detect(SampleFiles.ClaimPng));
        Assert.Equal(FileKind.Tiff, FileSniffer.Detect(SampleFiles.TwoPageTiff));
    }

    [Fact]
    public void Tiff_pages_are_counted_from_the_header()
    {
        Assert.Equal(2, FileSniffer.Validate(SampleFiles.TwoPageTiff).PageCount);
        Assert.Equal(UnreadableCodes.TooManyPages, Refused(SampleFiles.TwoPageTiff, new TextOptions { MaxPages = 1 }).Code);
    }

    [Fact]
    public void Reading_a_broken_pdf_fails_with_the_code_validation_gives()
    {
        // ReadAsync validates and opens the PDF once for forms and pages: same refusals as Validate.
        foreach (var (path, code) in new[]
                 {
                     (BrokenFiles.TruncatedPdf(), UnreadableCodes.CorruptPdf),
                     (BrokenFiles.EncryptedPdf(), UnreadableCodes.EncryptedPdf),
                     (BrokenFiles.Empty("empty-read.pdf"), UnreadableCodes.Empty),
                     (BrokenFiles.Text("lettre-read.pdf"), UnreadableCodes.WrongExtension),
                 })
        {
            Assert.Equal(code, Refused(path).Code);
            var e = Assert.Throws<UnreadableFileException>(() => SharedReader.Instance.ReadAsync(path).GetAwaiter().GetResult());
            Assert.Equal(code, e.Code);
        }
        using var strict = new FileTextReader(new TextOptions { MaxPages = 1 });
        var tooMany = Assert.Throws<UnreadableFileException>(() => strict.ReadAsync(SampleFiles.BornDigitalPdf).GetAwaiter().GetResult());
        Assert.Equal(UnreadableCodes.TooManyPages, tooMany.Code);
    }

    [Fact]
    public void Garbage_after_a_valid_png_header_is_a_corrupt_image_when_read()
    {
        var path = BrokenFiles.PngClaiming(800, 600, "corrupt.png");
        var e = Assert.Throws<UnreadableFileException>(() => SharedReader.Instance.ReadAsync(path).GetAwaiter().GetResult());
        Assert.Equal(UnreadableCodes.CorruptImage, e.Code);
    }
}

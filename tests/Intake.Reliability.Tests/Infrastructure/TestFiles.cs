using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Intake.Reliability.Tests.Infrastructure;

/// <summary>
/// Small, fast, distinct test files: born-digital PDFs written with PdfPig and DejaVuSans (each with its own
/// serial number, so every hash differs), and grey PNG scans of such pages rendered by pdftoppm (for OCR).
/// </summary>
public static class TestFiles
{
    private static readonly byte[] Font = File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private static readonly string[] Lines =
    [
        "Commission de conciliation et d'indemnisation des accidents médicaux",
        "Objet : transmission de pièces complémentaires au dossier",
        "Madame, Monsieur, veuillez trouver ci-joint les documents demandés",
        "lors de notre échange téléphonique de la semaine dernière.",
        "Nous restons à votre disposition pour tout renseignement utile.",
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
    ];

    /// <summary>A born-digital letter of <paramref name="pages"/> pages carrying the serial number <paramref name="serial"/>.</summary>
    public static byte[] Pdf(int serial, int pages = 1)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(Font);
        for (int p = 1; p <= pages; p++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText($"Courrier de test numéro {serial.ToString(CultureInfo.InvariantCulture)} — page {p} sur {pages}", 12, new PdfPoint(60, 780), font);
            for (int i = 0; i < Lines.Length; i++)
                page.AddText(Lines[(i + serial) % Lines.Length], 11, new PdfPoint(60, 740 - 22 * i), font);
        }
        return builder.Build();
    }

    /// <summary>A grey PNG scan of a one-page letter, rendered at <paramref name="dpi"/> by pdftoppm.</summary>
    public static byte[] ScanPng(int serial, int dpi = 100)
    {
        var dir = Repo.TempDir("intake-rel-png");
        try
        {
            var pdf = Path.Combine(dir, "page.pdf");
            File.WriteAllBytes(pdf, Pdf(serial));
            Run("pdftoppm", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile", pdf, Path.Combine(dir, "page"));
            return File.ReadAllBytes(Path.Combine(dir, "page.png"));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    /// <summary>
    /// A long duplex scan: <paramref name="sheets"/> sheets with blank backs (not OCR'd), a letter on the front of
    /// one sheet in <paramref name="letterEvery"/> (OCR'd), the other fronts blank; every page a whole-page grey picture
    /// at <paramref name="dpi"/>: its rasters (≈ 8.7 MB a page at 300 dpi) are what a reader that keeps every page
    /// image would hold.
    /// </summary>
    public static byte[] DuplexScanPdf(int serial, int sheets, int dpi, int letterEvery = 5)
    {
        var fronts = Enumerable.Range(0, 4).Select(i => ScanPng(serial * 1000 + i, dpi)).ToList();
        var back = HugePng((int)Math.Round(595 / 72.0 * dpi), (int)Math.Round(842 / 72.0 * dpi));
        using var builder = new PdfDocumentBuilder();
        var whole = new PdfRectangle(0, 0, 595, 842);
        // Pages share the image objects (a small file, quick to build); the reader still decodes each page's own.
        var frontImages = new List<PdfPageBuilder.AddedImage>();
        PdfPageBuilder.AddedImage? backImage = null;
        for (int i = 0; i < sheets; i++)
        {
            foreach (var letter in new[] { i % letterEvery == 0, false })
            {
                var page = builder.AddPage(595, 842);
                int k = i / letterEvery % fronts.Count;
                if (letter && frontImages.Count <= k) frontImages.Add(page.AddPng(fronts[k], whole));
                else if (letter) page.AddImage(frontImages[k], whole);
                else if (backImage is null) backImage = page.AddPng(back, whole);
                else page.AddImage(backImage, whole);
            }
        }
        return builder.Build();
    }

    /// <summary>A scanned PDF: <paramref name="pages"/> PNG scans drawn over whole A4 pages (OCR on every page).</summary>
    public static byte[] ScannedPdf(int serial, int pages, int dpi = 150)
    {
        using var builder = new PdfDocumentBuilder();
        for (int p = 0; p < pages; p++)
            builder.AddPage(595, 842).AddPng(ScanPng(serial * 1000 + p, dpi), new PdfRectangle(0, 0, 595, 842));
        return builder.Build();
    }

    /// <summary>
    /// A real grey PNG of width × height white pixels. The IDAT stream is tiny once deflated, huge once inflated
    /// (20,000 × 20,000 is 400 MB of pixels): a decompression bomb whose header tells the truth.
    /// </summary>
    public static byte[] HugePng(int width, int height)
    {
        using var idat = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[width + 1]; // filter byte 0, then white pixels
            Array.Fill(row, (byte)0xFF, 1, width);
            for (int y = 0; y < height; y++) z.Write(row);
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth; colour type 0 (grey), compression, filter, interlace 0
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>
    /// A hand-written PDF whose one page draws a Flate-compressed grey image of width × height pixels
    /// (a decompression bomb inside a PDF: small file, hundreds of MB once decoded).
    /// </summary>
    public static byte[] PdfWithHugeImage(int width, int height)
    {
        using var pixels = new MemoryStream();
        using (var z = new ZLibStream(pixels, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[width];
            Array.Fill(row, (byte)0xFF);
            for (int y = 0; y < height; y++) z.Write(row);
        }
        var content = Encoding.ASCII.GetBytes("q 595 0 0 842 0 0 cm /Im1 Do Q");
        return HandWrittenPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            (Encoding.ASCII.GetBytes($"<< /Length {content.Length} >>"), content),
            (Encoding.ASCII.GetBytes($"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray " +
                                     $"/BitsPerComponent 8 /Filter /FlateDecode /Length {pixels.Length} >>"), pixels.ToArray()));
    }

    /// <summary>A PDF whose page content stream inflates to <paramref name="inflatedBytes"/> bytes of spaces.</summary>
    public static byte[] PdfWithHugeContentStream(int inflatedBytes)
    {
        using var data = new MemoryStream();
        using (var z = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            for (int left = inflatedBytes; left > 0; left -= chunk.Length) z.Write(chunk, 0, Math.Min(left, chunk.Length));
        }
        return HandWrittenPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            (Encoding.ASCII.GetBytes($"<< /Length {data.Length} /Filter /FlateDecode >>"), data.ToArray()));
    }

    /// <summary>Objects 1..n (dictionaries, or dictionary + stream data) with a correct xref table.</summary>
    private static byte[] HandWrittenPdf(params object[] objects)
    {
        using var pdf = new MemoryStream();
        void W(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        W("%PDF-1.4\n%\u00e2\u00e3\n");
        var offsets = new List<long>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            W($"{i + 1} 0 obj\n");
            switch (objects[i])
            {
                case string dict: W(dict); break;
                case (byte[] dict, byte[] stream):
                    pdf.Write(dict);
                    W("\nstream\n");
                    pdf.Write(stream);
                    W("\nendstream");
                    break;
            }
            W("\nendobj\n");
        }
        long xref = pdf.Position;
        W($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) W($"{o:D10} 00000 n \n");
        W($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
        s.Write(len);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        s.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    public static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} failed ({p.ExitCode}): {err.Result}");
    }
}

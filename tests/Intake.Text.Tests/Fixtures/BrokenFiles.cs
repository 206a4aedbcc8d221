using System.Buffers.Binary;

namespace Intake.Text.Tests.Fixtures;

/// <summary>Broken or hostile files, written by the tests.</summary>
internal static class BrokenFiles
{
    public static string Empty(string name = "empty.pdf")
    {
        var path = SampleFiles.PathOf(name);
        File.WriteAllBytes(path, []);
        return path;
    }

    public static string Text(string name)
    {
        var path = SampleFiles.PathOf(name);
        File.WriteAllText(path, "Bonjour, ceci est un simple fichier texte et pas un document scanné.\n");
        return path;
    }

    /// <summary>The born-digital PDF cut to 60 % of its length (as by an interrupted transfer).</summary>
    public static string TruncatedPdf()
    {
        var bytes = File.ReadAllBytes(SampleFiles.BornDigitalPdf);
        var path = SampleFiles.PathOf("truncated.pdf");
        File.WriteAllBytes(path, bytes[..(bytes.Length * 6 / 10)]);
        return path;
    }

    /// <summary>The born-digital PDF encrypted with qpdf (user password "u", AES-256).</summary>
    public static string EncryptedPdf()
    {
        var path = SampleFiles.PathOf("encrypted.pdf");
        SampleFiles.Run("qpdf", $"--encrypt u o 256 -- \"{SampleFiles.BornDigitalPdf}\" \"{path}\"");
        return path;
    }

    /// <summary>A PNG whose header claims the given size, with no image data behind it (a "decompression bomb" header).</summary>
    public static string PngClaiming(uint width, uint height, string name)
    {
        var bytes = new byte[8 + 25];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8; // bit depth
        bytes[25] = 0; // grey
        var path = SampleFiles.PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

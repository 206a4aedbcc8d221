using System.Security.Cryptography;
using System.Text;

namespace Intake.Corpus.Writers;

/// <summary>Files the pipeline must quarantine: empty, truncated, not a PDF, password-protected.</summary>
public static class BrokenFiles
{
    public static byte[] Empty() => [];

    public static byte[] Truncated(byte[] validPdf, double keep) => validPdf[..Math.Max(16, (int)(validPdf.Length * keep))];

    public static byte[] TextPretendingToBePdf() => Encoding.UTF8.GetBytes(
        "Bonjour,\r\nVeuillez trouver ci-joint le document demandé.\r\nCordialement,\r\nLe secrétariat\r\n");

    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    /// <summary>
    /// A one-page PDF encrypted with the standard security handler (RC4 40-bit, revision 2) and a user password,
    /// so that it cannot be opened without it.
    /// </summary>
    public static byte[] Encrypted(string userPassword, string ownerPassword, byte[] fileId)
    {
        byte[] Pad(string pw) => [.. Encoding.Latin1.GetBytes(pw).Take(32), .. Padding.Take(32 - Math.Min(32, pw.Length))];
        var ownerKey = MD5.HashData(Pad(ownerPassword))[..5];
        var o = Rc4(ownerKey, Pad(userPassword));
        int permissions = -44;
        var keyInput = Pad(userPassword).Concat(o).Concat(BitConverter.GetBytes(permissions)).Concat(fileId).ToArray();
        var fileKey = MD5.HashData(keyInput)[..5];
        var u = Rc4(fileKey, Padding);

        var content = Encoding.Latin1.GetBytes("q 0 0 0 rg 72 700 200 20 re f Q");
        var objKey = MD5.HashData([.. fileKey, 4, 0, 0, 0, 0])[..10];
        var encrypted = Rc4(objKey, content);

        using var ms = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => ms.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n%âãÏÓ\n");
        offsets.Add(ms.Position); Write("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets.Add(ms.Position); Write("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets.Add(ms.Position); Write("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n");
        offsets.Add(ms.Position); Write($"4 0 obj\n<< /Length {encrypted.Length} >>\nstream\n"); ms.Write(encrypted); Write("\nendstream\nendobj\n");
        offsets.Add(ms.Position);
        Write($"5 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> /P {permissions} >>\nendobj\n");
        long xref = ms.Position;
        Write("xref\n0 6\n0000000000 65535 f \n");
        foreach (var off in offsets) Write($"{off:0000000000} 00000 n \n");
        string id = Convert.ToHexString(fileId);
        Write($"trailer\n<< /Size 6 /Root 1 0 R /Encrypt 5 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return ms.ToArray();
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var output = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 255;
            j = (j + s[i]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
            output[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 255]);
        }
        return output;
    }
}

using System.IO.Compression;
using System.Text;

namespace Intake.Text.Tests.Fixtures;

/// <summary>Hand-written PDFs for limits: pages of any claimed size, Flate streams that inflate to any size.</summary>
internal static class RawPdf
{
    /// <summary>zlib data that inflates to <paramref name="bytes"/> bytes of <paramref name="fill"/> (a few kilobytes per 10 MB).</summary>
    public static byte[] Deflated(long bytes, byte fill = (byte)' ')
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = Enumerable.Repeat(fill, 1 << 20).ToArray();
            for (long left = bytes; left > 0; left -= chunk.Length) zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
        }
        return output.ToArray();
    }

    /// <summary>One page of <paramref name="width"/> × <paramref name="height"/> points drawing the given content, with optional extra objects (numbered from 5).</summary>
    public static string Write(string name, double width, double height, byte[] content, bool contentDeflated, string resources = "", params byte[][] extraObjects)
    {
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes(FormattableString.Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << {resources} >> /Contents 4 0 R >>")),
            Stream(content, contentDeflated ? "/Filter /FlateDecode" : ""),
        };
        objects.AddRange(extraObjects);
        using var pdf = new MemoryStream();
        void Put(string s) { var b = Encoding.ASCII.GetBytes(s); pdf.Write(b, 0, b.Length); }
        Put("%PDF-1.4\n");
        var offsets = new List<long>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Put($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Put("\nendobj\n");
        }
        long xref = pdf.Position;
        Put($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Put($"{o:D10} 00000 n \n");
        Put($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        var path = SampleFiles.PathOf(name);
        File.WriteAllBytes(path, pdf.ToArray());
        return path;
    }

    /// <summary>A stream object with its dictionary entries and data.</summary>
    public static byte[] Stream(byte[] data, string dictionary)
    {
        var head = Encoding.ASCII.GetBytes($"<< {dictionary} /Length {data.Length} >>\nstream\n");
        var tail = Encoding.ASCII.GetBytes("\nendstream");
        return [.. head, .. data, .. tail];
    }
}

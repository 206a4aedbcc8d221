using System.Buffers.Binary;
using BitMiracle.LibTiff.Classic;

namespace Intake.Corpus.Tests;

/// <summary>Reads the declared resolution and pixel size of image files back from their headers.</summary>
internal static class ImageFiles
{
    /// <summary>(width, height, dpiX, dpiY, channels); dpi 0 when the file declares none.</summary>
    public static (int W, int H, double DpiX, double DpiY, int Channels) Jpeg(byte[] d)
    {
        Assert.True(d[0] == 0xFF && d[1] == 0xD8, "not a JPEG");
        double dx = 0, dy = 0;
        int i = 2;
        while (i + 4 < d.Length)
        {
            Assert.Equal(0xFF, d[i]);
            int marker = d[i + 1], len = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(i + 2));
            if (marker == 0xE0 && d[i + 4] == 'J' && d[i + 5] == 'F' && d[i + 6] == 'I' && d[i + 7] == 'F')
            {
                int units = d[i + 11];
                int x = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(i + 12)), y = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(i + 14));
                (dx, dy) = units switch { 1 => (x, y), 2 => (x * 2.54, y * 2.54), _ => (0, 0) };
            }
            if (marker is 0xC0 or 0xC1 or 0xC2)
                return (BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(i + 5)), dx, dy, d[i + 9]);
            i += 2 + len;
        }
        throw new InvalidOperationException("no frame header");
    }

    public static (int W, int H, double DpiX, double DpiY) Png(byte[] d)
    {
        int w = BinaryPrimitives.ReadInt32BigEndian(d.AsSpan(16)), h = BinaryPrimitives.ReadInt32BigEndian(d.AsSpan(20));
        for (int i = 8; i + 8 < d.Length;)
        {
            int len = BinaryPrimitives.ReadInt32BigEndian(d.AsSpan(i));
            string type = System.Text.Encoding.ASCII.GetString(d, i + 4, 4);
            if (type == "pHYs" && d[i + 16] == 1)
                return (w, h, BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(i + 8)) * 0.0254, BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(i + 12)) * 0.0254);
            if (type == "IDAT") break;
            i += 12 + len;
        }
        return (w, h, 0, 0);
    }

    public static List<(int W, int H, double DpiX, double DpiY, int Compression)> Tiff(string path)
    {
        var pages = new List<(int, int, double, double, int)>();
        using var tif = BitMiracle.LibTiff.Classic.Tiff.Open(path, "r");
        do
        {
            var xr = tif.GetField(TiffTag.XRESOLUTION);
            var yr = tif.GetField(TiffTag.YRESOLUTION);
            pages.Add((tif.GetField(TiffTag.IMAGEWIDTH)[0].ToInt(), tif.GetField(TiffTag.IMAGELENGTH)[0].ToInt(),
                xr is null ? 0 : xr[0].ToDouble(), yr is null ? 0 : yr[0].ToDouble(), tif.GetField(TiffTag.COMPRESSION)[0].ToInt()));
        } while (tif.ReadDirectory());
        return pages;
    }
}

using System.Buffers.Binary;
using BitMiracle.LibTiff.Classic;
using Intake.Corpus.Rendering;
using SkiaSharp;

namespace Intake.Corpus.Writers;

/// <summary>How the pages of a TIFF are compressed.</summary>
public enum TiffCodec
{
    /// <summary>8-bit grey or RGB, Deflate.</summary>
    Deflate,
    /// <summary>8-bit grey or RGB, LZW.</summary>
    Lzw,
    /// <summary>Bilevel, CCITT group 4 (office scanners in black-and-white mode).</summary>
    G4,
    /// <summary>Bilevel, CCITT group 3 one-dimensional (fax machines).</summary>
    G3,
}

/// <summary>
/// Encodes rasters as JPEG (JFIF density in dots per inch), PNG (pHYs chunk), CCITT G4 or TIFF (X/YResolution): every
/// file carries the resolution its raster was scanned at, and none when the raster has none (phone photos).
/// </summary>
public static class ImageEncoding
{
    private static SKBitmap ToBitmap(Raster r)
    {
        if (r.Channels == 1)
        {
            var grey = new SKBitmap(new SKImageInfo(r.Width, r.Height, SKColorType.Gray8, SKAlphaType.Opaque));
            r.Pixels.CopyTo(grey.GetPixelSpan());
            return grey;
        }
        var bmp = new SKBitmap(new SKImageInfo(r.Width, r.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var dst = bmp.GetPixelSpan();
        int n = r.Width * r.Height;
        for (int i = 0; i < n; i++)
        {
            dst[i * 4] = r.Pixels[i * 3];
            dst[i * 4 + 1] = r.Pixels[i * 3 + 1];
            dst[i * 4 + 2] = r.Pixels[i * 3 + 2];
            dst[i * 4 + 3] = 255;
        }
        return bmp;
    }

    public static byte[] Jpeg(Raster r, int quality)
    {
        using var bmp = ToBitmap(r);
        using var data = bmp.Encode(SKEncodedImageFormat.Jpeg, quality);
        return WithJfifDensity(data.ToArray(), r.HasResolution ? r.DpiX : 0, r.HasResolution ? r.DpiY : 0);
    }

    public static byte[] Png(Raster r)
    {
        using var bmp = ToBitmap(r);
        using var data = bmp.Encode(SKEncodedImageFormat.Png, 100);
        var png = data.ToArray();
        return r.HasResolution ? WithPngResolution(png, r.DpiX, r.DpiY) : png;
    }

    /// <summary>
    /// Sets the JFIF APP0 density: units 1 (dots per inch) and the given densities, or units 0 with a 1:1 aspect when
    /// <paramref name="dpiX"/> is 0. Adds the APP0 segment when the encoder wrote none.
    /// </summary>
    public static byte[] WithJfifDensity(byte[] jpeg, int dpiX, int dpiY)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8) throw new ArgumentException("not a JPEG", nameof(jpeg));
        bool hasJfif = jpeg.Length > 18 && jpeg[2] == 0xFF && jpeg[3] == 0xE0
            && jpeg[6] == 'J' && jpeg[7] == 'F' && jpeg[8] == 'I' && jpeg[9] == 'F' && jpeg[10] == 0;
        byte[] result;
        if (hasJfif) result = (byte[])jpeg.Clone();
        else
        {
            byte[] app0 = [0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
            result = new byte[jpeg.Length + app0.Length];
            result[0] = 0xFF;
            result[1] = 0xD8;
            app0.CopyTo(result, 2);
            Array.Copy(jpeg, 2, result, 2 + app0.Length, jpeg.Length - 2);
        }
        bool dpi = dpiX > 0 && dpiY > 0;
        result[13] = dpi ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(14), (ushort)(dpi ? dpiX : 1));
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(16), (ushort)(dpi ? dpiY : 1));
        return result;
    }

    /// <summary>Inserts a pHYs chunk (pixels per metre, unit 1) right after the IHDR chunk of a PNG.</summary>
    public static byte[] WithPngResolution(byte[] png, int dpiX, int dpiY)
    {
        const int ihdrEnd = 8 + 4 + 4 + 13 + 4;
        var chunk = new byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), (uint)Math.Round(dpiX / 0.0254));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), (uint)Math.Round(dpiY / 0.0254));
        chunk[16] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc32(chunk.AsSpan(4, 13)));
        var result = new byte[png.Length + chunk.Length];
        png.AsSpan(0, ihdrEnd).CopyTo(result);
        chunk.CopyTo(result, ihdrEnd);
        png.AsSpan(ihdrEnd).CopyTo(result.AsSpan(ihdrEnd + chunk.Length));
        return result;
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        uint c = (uint)n;
        for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    /// <summary>The CRC-32 of PNG chunks (ISO 3309).</summary>
    public static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint c = 0xFFFFFFFFu;
        foreach (byte b in data) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }

    /// <summary>Black-and-white (threshold) version of the raster, 1 = black, packed MSB-first rows.</summary>
    private static byte[] Bilevel(Raster r, int threshold)
    {
        var g = r.Grey();
        int stride = (g.Width + 7) / 8;
        var bits = new byte[stride * g.Height];
        for (int y = 0; y < g.Height; y++)
        for (int x = 0; x < g.Width; x++)
            if (g.Pixels[y * g.Width + x] < threshold) bits[y * stride + x / 8] |= (byte)(0x80 >> (x % 8));
        return bits;
    }

    /// <summary>Writes pages into a (multi-page) TIFF with their resolution.</summary>
    public static byte[] Tiff(IReadOnlyList<Raster> pages, TiffCodec codec, int threshold = 150)
    {
        using var ms = new MemoryStream();
        using (var tif = BitMiracle.LibTiff.Classic.Tiff.ClientOpen("mem", "w", ms, new TiffStream()))
        {
            for (int i = 0; i < pages.Count; i++)
            {
                WriteDirectory(tif, pages[i], codec, i, pages.Count, threshold);
                tif.WriteDirectory();
            }
        }
        return ms.ToArray();
    }

    private static void WriteDirectory(Tiff tif, Raster r, TiffCodec codec, int index, int count, int threshold)
    {
        bool bilevel = codec is TiffCodec.G4 or TiffCodec.G3;
        if (bilevel) r = r.Grey();
        tif.SetField(TiffTag.IMAGEWIDTH, r.Width);
        tif.SetField(TiffTag.IMAGELENGTH, r.Height);
        if (r.HasResolution)
        {
            tif.SetField(TiffTag.XRESOLUTION, (float)r.DpiX);
            tif.SetField(TiffTag.YRESOLUTION, (float)r.DpiY);
            tif.SetField(TiffTag.RESOLUTIONUNIT, ResUnit.INCH);
        }
        tif.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
        tif.SetField(TiffTag.SAMPLESPERPIXEL, bilevel ? 1 : r.Channels);
        tif.SetField(TiffTag.SUBFILETYPE, FileType.PAGE);
        tif.SetField(TiffTag.PAGENUMBER, index, count);
        if (bilevel)
        {
            tif.SetField(TiffTag.BITSPERSAMPLE, 1);
            tif.SetField(TiffTag.COMPRESSION, codec == TiffCodec.G4 ? Compression.CCITTFAX4 : Compression.CCITTFAX3);
            tif.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISWHITE);
            tif.SetField(TiffTag.ROWSPERSTRIP, r.Height);
            var bits = Bilevel(r, threshold);
            int stride = (r.Width + 7) / 8;
            for (int y = 0; y < r.Height; y++) tif.WriteScanline(bits, y * stride, y, 0);
        }
        else
        {
            tif.SetField(TiffTag.BITSPERSAMPLE, 8);
            tif.SetField(TiffTag.COMPRESSION, codec == TiffCodec.Lzw ? Compression.LZW : Compression.ADOBE_DEFLATE);
            tif.SetField(TiffTag.PHOTOMETRIC, r.Channels == 3 ? Photometric.RGB : Photometric.MINISBLACK);
            tif.SetField(TiffTag.ROWSPERSTRIP, 64);
            int stride = r.Width * r.Channels;
            for (int y = 0; y < r.Height; y++) tif.WriteScanline(r.Pixels, y * stride, y, 0);
        }
    }

    /// <summary>Raw CCITT G4 data of the bilevel raster (black = 1), for embedding in a PDF.</summary>
    public static byte[] G4(Raster r, int threshold = 150)
    {
        var tiff = Tiff([r], TiffCodec.G4, threshold);
        using var ms = new MemoryStream(tiff);
        using var tif = BitMiracle.LibTiff.Classic.Tiff.ClientOpen("mem", "r", ms, new TiffStream());
        int size = (int)tif.RawStripSize(0);
        var buf = new byte[size];
        tif.ReadRawStrip(0, buf, 0, size);
        return buf;
    }
}

using BitMiracle.LibTiff.Classic;
using Intake.Corpus.Rendering;
using SkiaSharp;

namespace Intake.Corpus.Writers;

/// <summary>Encodes grey rasters as JPEG, grey PNG, CCITT G4 or TIFF.</summary>
public static class ImageEncoding
{
    private static SKBitmap ToBitmap(GrayRaster r)
    {
        var bmp = new SKBitmap(new SKImageInfo(r.Width, r.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        r.Pixels.CopyTo(bmp.GetPixelSpan());
        return bmp;
    }

    public static byte[] Jpeg(GrayRaster r, int quality)
    {
        using var bmp = ToBitmap(r);
        using var data = bmp.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    public static byte[] Png(GrayRaster r)
    {
        using var bmp = ToBitmap(r);
        using var data = bmp.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Black-and-white (threshold) version of the raster, 1 = black, packed MSB-first rows.</summary>
    private static byte[] Bilevel(GrayRaster r, int threshold = 150)
    {
        int stride = (r.Width + 7) / 8;
        var bits = new byte[stride * r.Height];
        for (int y = 0; y < r.Height; y++)
        for (int x = 0; x < r.Width; x++)
            if (r.Pixels[y * r.Width + x] < threshold) bits[y * stride + x / 8] |= (byte)(0x80 >> (x % 8));
        return bits;
    }

    /// <summary>Writes pages into a (multi-page) TIFF: grey 8-bit with Deflate, or 1-bit CCITT G4.</summary>
    public static byte[] Tiff(IReadOnlyList<GrayRaster> pages, bool g4)
    {
        using var ms = new MemoryStream();
        using (var tif = BitMiracle.LibTiff.Classic.Tiff.ClientOpen("mem", "w", ms, new TiffStream()))
        {
            for (int i = 0; i < pages.Count; i++)
            {
                WriteDirectory(tif, pages[i], g4, i, pages.Count);
                tif.WriteDirectory();
            }
        }
        return ms.ToArray();
    }

    private static void WriteDirectory(Tiff tif, GrayRaster r, bool g4, int index, int count)
    {
        tif.SetField(TiffTag.IMAGEWIDTH, r.Width);
        tif.SetField(TiffTag.IMAGELENGTH, r.Height);
        tif.SetField(TiffTag.XRESOLUTION, (float)r.Dpi);
        tif.SetField(TiffTag.YRESOLUTION, (float)r.Dpi);
        tif.SetField(TiffTag.RESOLUTIONUNIT, ResUnit.INCH);
        tif.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
        tif.SetField(TiffTag.SAMPLESPERPIXEL, 1);
        tif.SetField(TiffTag.SUBFILETYPE, FileType.PAGE);
        tif.SetField(TiffTag.PAGENUMBER, index, count);
        if (g4)
        {
            tif.SetField(TiffTag.BITSPERSAMPLE, 1);
            tif.SetField(TiffTag.COMPRESSION, Compression.CCITTFAX4);
            tif.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISWHITE);
            tif.SetField(TiffTag.ROWSPERSTRIP, r.Height);
            var bits = Bilevel(r);
            int stride = (r.Width + 7) / 8;
            for (int y = 0; y < r.Height; y++) tif.WriteScanline(bits, y * stride, y, 0);
        }
        else
        {
            tif.SetField(TiffTag.BITSPERSAMPLE, 8);
            tif.SetField(TiffTag.COMPRESSION, Compression.ADOBE_DEFLATE);
            tif.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISBLACK);
            tif.SetField(TiffTag.ROWSPERSTRIP, 64);
            for (int y = 0; y < r.Height; y++) tif.WriteScanline(r.Pixels, y * r.Width, y, 0);
        }
    }

    /// <summary>Raw CCITT G4 data of the bilevel raster (black = 1), for embedding in a PDF.</summary>
    public static byte[] G4(GrayRaster r)
    {
        var tiff = Tiff([r], g4: true);
        using var ms = new MemoryStream(tiff);
        using var tif = BitMiracle.LibTiff.Classic.Tiff.ClientOpen("mem", "r", ms, new TiffStream());
        int size = (int)tif.RawStripSize(0);
        var buf = new byte[size];
        tif.ReadRawStrip(0, buf, 0, size);
        return buf;
    }
}

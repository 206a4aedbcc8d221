using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Intake.Domain.Documents;
using Intake.Text.Ocr.Native;

namespace Intake.Text.Ocr;

/// <summary>Owns a Leptonica PIX pointer; released exactly once through pixDestroy.</summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle(IntPtr pointer) : base(IntPtr.Zero, ownsHandle: true) => SetHandle(pointer);

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        var p = handle;
        LeptonicaNative.pixDestroy(ref p);
        return true;
    }
}

/// <summary>
/// A decoded raster (Leptonica PIX): the image handed to Tesseract, rotated when needed, and converted to the
/// domain's <see cref="GrayImage"/>. Dispose it; every operation returns a new, independently owned Pix.
/// </summary>
internal sealed unsafe class Pix : IDisposable
{
    private readonly PixHandle handle;

    private Pix(IntPtr pointer)
    {
        if (pointer == IntPtr.Zero) throw new InvalidOperationException("Leptonica returned no image.");
        handle = new PixHandle(pointer);
    }

    public int Width => LeptonicaNative.pixGetWidth(Pointer);
    public int Height => LeptonicaNative.pixGetHeight(Pointer);
    public int Depth => LeptonicaNative.pixGetDepth(Pointer);
    public int XRes => LeptonicaNative.pixGetXRes(Pointer);
    public int YRes => LeptonicaNative.pixGetYRes(Pointer);

    /// <summary>The raw pointer, valid while this object is alive (callers keep it alive with GC.KeepAlive/using).</summary>
    internal IntPtr Pointer => handle.IsClosed ? throw new ObjectDisposedException(nameof(Pix)) : handle.DangerousGetHandle();

    /// <summary>Decodes PNG, JPEG, TIFF (first page), PNM, BMP... from memory; null when Leptonica cannot read it.</summary>
    public static Pix? TryDecode(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return null;
        fixed (byte* p = data)
        {
            var ptr = LeptonicaNative.pixReadMem(p, (nuint)data.Length);
            return ptr == IntPtr.Zero ? null : new Pix(ptr);
        }
    }

    /// <summary>Decodes page <paramref name="pageIndex"/> (0-based) of a TIFF in memory; null when absent or unreadable.</summary>
    public static Pix? TryDecodeTiffPage(ReadOnlySpan<byte> data, int pageIndex)
    {
        if (data.IsEmpty) return null;
        fixed (byte* p = data)
        {
            var ptr = LeptonicaNative.pixReadMemTiff(p, (nuint)data.Length, pageIndex);
            return ptr == IntPtr.Zero ? null : new Pix(ptr);
        }
    }

    /// <summary>
    /// Decodes a JPEG from memory, reduced by <paramref name="reduction"/> (1, 2, 4 or 8) inside the decoder (the
    /// DCT is scaled: a fraction of the work of a full decode), and, with <paramref name="luminanceOnly"/>, as
    /// 8-bit grey without ever building the colour image. Null when Leptonica cannot read it.
    /// </summary>
    public static Pix? TryDecodeJpeg(ReadOnlySpan<byte> data, int reduction, bool luminanceOnly)
    {
        if (data.IsEmpty || reduction is not (1 or 2 or 4 or 8)) return null;
        fixed (byte* p = data)
        {
            var ptr = LeptonicaNative.pixReadMemJpeg(p, (nuint)data.Length, 0, reduction, IntPtr.Zero, luminanceOnly ? JpegReadLuminance : 0);
            // A JPEG libjpeg cannot give as grey (CMYK) is decoded as it is, as before.
            if (ptr == IntPtr.Zero && luminanceOnly)
                ptr = LeptonicaNative.pixReadMemJpeg(p, (nuint)data.Length, 0, reduction, IntPtr.Zero, 0);
            return ptr == IntPtr.Zero ? null : new Pix(ptr);
        }
    }

    /// <summary>Leptonica's L_JPEG_READ_LUMINANCE hint (imageio.h).</summary>
    private const int JpegReadLuminance = 1;

    /// <summary>Leptonica's L_SEVERITY_WARNING: warnings and errors are still printed, informational messages not.</summary>
    private const int SeverityWarning = 4;

    /// <summary>
    /// Leptonica prints an informational line on stderr for every JPEG read as luminance ("reading luminance channel
    /// only"): once per page, in every log. Its informational messages are switched off once for the process.
    /// </summary>
    static Pix() => LeptonicaNative.setMsgSeverity(SeverityWarning);

    /// <summary>True for the first bytes of a JPEG stream (SOI then a marker).</summary>
    public static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    /// <summary>Reads an image file from disk (used by tests and tools).</summary>
    public static Pix Read(string path) => new(LeptonicaNative.pixRead(path));

    /// <summary>Builds an 8-bit grey Pix from a <see cref="GrayImage"/>.</summary>
    public static Pix FromGray(GrayImage image)
    {
        var pix = new Pix(LeptonicaNative.pixCreate(image.Width, image.Height, 8));
        var data = (byte*)LeptonicaNative.pixGetData(pix.Pointer);
        int wpl = LeptonicaNative.pixGetWpl(pix.Pointer);
        for (int y = 0; y < image.Height; y++)
        {
            var line = data + (long)y * wpl * 4;
            int row = y * image.Width;
            // Leptonica packs bytes big-endian inside 32-bit words: on little-endian CPUs byte x lives at x ^ 3.
            for (int x = 0; x < image.Width; x++) line[x ^ 3] = image.Pixels[row + x];
        }
        pix.SetResolution((int)Math.Round(image.DpiX), (int)Math.Round(image.DpiY));
        return pix;
    }

    /// <summary>
    /// Builds a Pix from 8-bit samples without row padding: 1 component gives an 8-bit grey Pix, 3 (RGB) a 32-bit
    /// one, as Leptonica would read them from a PNG. Null when the sample count does not match the size.
    /// </summary>
    public static Pix? FromSamples(ReadOnlySpan<byte> samples, int width, int height, int components)
    {
        if (components is not (1 or 3) || width <= 0 || height <= 0 || samples.Length != (long)width * height * components) return null;
        var pix = new Pix(LeptonicaNative.pixCreate(width, height, components == 1 ? 8 : 32));
        var data = (byte*)LeptonicaNative.pixGetData(pix.Pointer);
        int wpl = LeptonicaNative.pixGetWpl(pix.Pointer);
        for (int y = 0; y < height; y++)
        {
            var line = new Span<uint>(data + (long)y * wpl * 4, wpl);
            var row = samples.Slice(y * width * components, width * components);
            if (components == 1)
            {
                // Leptonica packs bytes big-endian inside 32-bit words: copy the row, then swap each word.
                row.CopyTo(MemoryMarshal.AsBytes(line));
                BinaryPrimitives.ReverseEndianness(line, line);
            }
            else
            {
                for (int x = 0; x < width; x++)
                    line[x] = (uint)row[3 * x] << 24 | (uint)row[3 * x + 1] << 16 | (uint)row[3 * x + 2] << 8;
            }
        }
        return pix;
    }

    /// <summary>A copy converted to 8-bit grey without colour map (1-bit black becomes 0, white 255).</summary>
    public Pix ToGray8() => new(LeptonicaNative.pixConvertTo8(Pointer, 0));

    /// <summary>A copy rotated clockwise by a multiple of 90 degrees.</summary>
    public Pix RotateClockwise(int degrees)
    {
        int quadrants = ((degrees / 90) % 4 + 4) % 4;
        var rotated = quadrants == 2
            ? LeptonicaNative.pixRotate180(IntPtr.Zero, Pointer)
            : LeptonicaNative.pixRotateOrth(Pointer, quadrants);
        return new Pix(rotated);
    }

    public Pix ScaleToSize(int width, int height) => new(LeptonicaNative.pixScaleToSize(Pointer, width, height));
    /// <summary>
    /// An 8-bit grey copy scaled by the given factors: area mapping when both shrink below 0.7 (each output pixel
    /// the mean of the pixels it covers, no aliasing); Leptonica's general scaler for milder shrinking (linear
    /// interpolation with light sharpening: what its area mapping does there too, after a warning); linear
    /// interpolation when enlarging (square pixels for a fax).
    /// </summary>
    public Pix ScaleGray(double scaleX, double scaleY)
    {
        if (Depth != 8) throw new InvalidOperationException("ScaleGray needs an 8-bit image; call ToGray8 first.");
        if (scaleX < AreaMapBelow && scaleY < AreaMapBelow)
            return new Pix(LeptonicaNative.pixScaleAreaMap(Pointer, (float)scaleX, (float)scaleY));
        return scaleX < 1 && scaleY < 1
            ? new Pix(LeptonicaNative.pixScale(Pointer, (float)scaleX, (float)scaleY))
            : new Pix(LeptonicaNative.pixScaleGrayLI(Pointer, (float)scaleX, (float)scaleY));
    }

    private const double AreaMapBelow = 0.7;

    /// <summary>The page with its background (paper, uneven light) flattened to one level (Leptonica's default 200).</summary>
    public Pix NormalizeBackground() => new(LeptonicaNative.pixBackgroundNormSimple(Pointer, IntPtr.Zero, IntPtr.Zero));

    /// <summary>A 1-bit image: pixels darker than <paramref name="threshold"/> become foreground.</summary>
    public Pix Threshold(int threshold) => new(LeptonicaNative.pixThresholdToBinary(Pointer, threshold));

    /// <summary>Width and height of every 8-connected component of a 1-bit image.</summary>
    public List<(int Width, int Height)> ComponentSizes()
    {
        if (Depth != 1) throw new InvalidOperationException("ComponentSizes needs a 1-bit image.");
        var boxa = LeptonicaNative.pixConnCompBB(Pointer, 8);
        if (boxa == IntPtr.Zero) return [];
        try
        {
            int n = LeptonicaNative.boxaGetCount(boxa);
            var sizes = new List<(int, int)>(n);
            for (int i = 0; i < n; i++)
            {
                if (LeptonicaNative.boxaGetBoxGeometry(boxa, i, out _, out _, out int w, out int h) == 0) sizes.Add((w, h));
            }
            return sizes;
        }
        finally
        {
            LeptonicaNative.boxaDestroy(ref boxa);
            GC.KeepAlive(this);
        }
    }


    public void SetResolution(int xres, int yres) => LeptonicaNative.pixSetResolution(Pointer, xres, yres);

    /// <summary>Encodes the image (PNG, JPEG, TIFF...) into a managed byte array.</summary>
    public byte[] Encode(ImageFileFormat format)
    {
        if (LeptonicaNative.pixWriteMem(out var data, out var size, Pointer, format) != 0 || data == IntPtr.Zero)
            throw new InvalidOperationException($"Leptonica could not encode the image as {format}.");
        try
        {
            var bytes = new byte[(int)size];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            LeptonicaNative.lept_free(data);
        }
    }

    /// <summary>Writes a TIFF page; mode "w" creates the file, "a" appends a page (multi-page TIFF).</summary>
    public void WriteTiff(string path, bool append, ImageFileFormat compression = ImageFileFormat.TiffZip)
    {
        if (LeptonicaNative.pixWriteTiff(path, Pointer, compression, append ? "a" : "w") != 0)
            throw new IOException($"Leptonica could not write {path}.");
    }

    public void Write(string path, ImageFileFormat format)
    {
        if (LeptonicaNative.pixWrite(path, Pointer, format) != 0)
            throw new IOException($"Leptonica could not write {path}.");
    }

    /// <summary>Copies an 8-bit image's pixels into a <see cref="GrayImage"/> at the given resolution.</summary>
    public GrayImage ToGrayImage(double dpiX, double dpiY)
    {
        if (Depth != 8) throw new InvalidOperationException("ToGrayImage needs an 8-bit image; call ToGray8 first.");
        int w = Width, h = Height, wpl = LeptonicaNative.pixGetWpl(Pointer);
        var data = (byte*)LeptonicaNative.pixGetData(Pointer);
        var pixels = new byte[checked(w * h)];
        for (int y = 0; y < h; y++)
        {
            var line = data + (long)y * wpl * 4;
            int row = y * w;
            for (int x = 0; x < w; x++) pixels[row + x] = line[x ^ 3];
        }
        GC.KeepAlive(this);
        return new GrayImage(w, h, pixels, dpiX, dpiY);
    }

    public void Dispose() => handle.Dispose();
}

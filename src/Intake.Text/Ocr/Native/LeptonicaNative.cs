using System.Runtime.InteropServices;

namespace Intake.Text.Ocr.Native;

/// <summary>Leptonica's image file formats (imageio.h, 1.82).</summary>
internal enum ImageFileFormat
{
    Unknown = 0,
    Bmp = 1,
    Jpeg = 2,
    Png = 3,
    Tiff = 4,
    TiffG4 = 8,
    TiffZip = 10,
    Pnm = 11,
}

/// <summary>P/Invoke binding of Debian's liblept.so.5 (Leptonica 1.82): decoding, conversion, rotation, encoding.</summary>
internal static unsafe partial class LeptonicaNative
{
    private const string Lib = "liblept.so.5";

    [LibraryImport(Lib)]
    internal static partial IntPtr pixReadMem(byte* data, nuint size);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixReadMemTiff(byte* data, nuint size, int pageIndex);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr pixRead(string fileName);

    [LibraryImport(Lib)]
    internal static partial void pixDestroy(ref IntPtr pix);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixCreate(int width, int height, int depth);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixConvertTo8(IntPtr pix, int colormapFlag);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixRotate180(IntPtr destination, IntPtr source);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixRotateOrth(IntPtr source, int quadrants);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixScaleToSize(IntPtr source, int width, int height);

    [LibraryImport(Lib)]
    internal static partial int pixGetWidth(IntPtr pix);

    [LibraryImport(Lib)]
    internal static partial int pixGetHeight(IntPtr pix);

    [LibraryImport(Lib)]
    internal static partial int pixGetDepth(IntPtr pix);

    [LibraryImport(Lib)]
    internal static partial int pixGetWpl(IntPtr pix);

    [LibraryImport(Lib)]
    internal static partial uint* pixGetData(IntPtr pix);

    [LibraryImport(Lib)]
    internal static partial int pixGetXRes(IntPtr pix);

    [LibraryImport(Lib)]
    internal static partial int pixGetYRes(IntPtr pix);

    [LibraryImport(Lib)]
    internal static partial int pixSetResolution(IntPtr pix, int xres, int yres);

    [LibraryImport(Lib)]
    internal static partial int pixWriteMem(out IntPtr data, out nuint size, IntPtr pix, ImageFileFormat format);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int pixWrite(string fileName, IntPtr pix, ImageFileFormat format);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int pixWriteTiff(string fileName, IntPtr pix, ImageFileFormat compression, string mode);

    /// <summary>JPEG from memory; <paramref name="reduction"/> 1, 2, 4 or 8 scales in the decoder, hint 1 reads luminance only.</summary>
    [LibraryImport(Lib)]
    internal static partial IntPtr pixReadMemJpeg(byte* data, nuint size, int colormapFlag, int reduction, IntPtr warnings, int hint);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixScale(IntPtr source, float scaleX, float scaleY);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixScaleAreaMap(IntPtr source, float scaleX, float scaleY);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixScaleGrayLI(IntPtr source, float scaleX, float scaleY);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixBackgroundNormSimple(IntPtr source, IntPtr imageMask, IntPtr grey);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixThresholdToBinary(IntPtr source, int threshold);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixConnCompBB(IntPtr source, int connectivity);

    [LibraryImport(Lib)]
    internal static partial int boxaGetCount(IntPtr boxa);

    [LibraryImport(Lib)]
    internal static partial int boxaGetBoxGeometry(IntPtr boxa, int index, out int x, out int y, out int width, out int height);

    [LibraryImport(Lib)]
    internal static partial void boxaDestroy(ref IntPtr boxa);

    [LibraryImport(Lib)]
    internal static partial void lept_free(IntPtr pointer);

    [LibraryImport(Lib)]
    internal static partial int setMsgSeverity(int severity);
}

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

    [LibraryImport(Lib)]
    internal static partial void lept_free(IntPtr pointer);

    [LibraryImport(Lib)]
    internal static partial int setMsgSeverity(int severity);
}

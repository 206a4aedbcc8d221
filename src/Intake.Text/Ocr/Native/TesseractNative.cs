using System.Runtime.InteropServices;

namespace Intake.Text.Ocr.Native;

/// <summary>Page iterator levels of Tesseract's C API (TessPageIteratorLevel).</summary>
internal enum PageIteratorLevel
{
    Block = 0,
    Para = 1,
    TextLine = 2,
    Word = 3,
    Symbol = 4,
}

/// <summary>
/// P/Invoke binding of Debian's libtesseract.so.5 C API (capi.h). Only the calls the text stage uses.
/// Handles are raw pointers; <see cref="TesseractEngine"/> owns their lifetime.
/// </summary>
internal static partial class TesseractNative
{
    private const string Lib = "libtesseract.so.5";

    static TesseractNative()
    {
        // Must run before the first call into libtesseract: see NativeEnvironment.LimitOpenMpThreads.
        NativeEnvironment.LimitOpenMpThreads();
    }

    /// <summary>Forces the static constructor (and thus OMP_THREAD_LIMIT) without calling Tesseract.</summary>
    internal static void EnsureEnvironment() { }

    [LibraryImport(Lib)]
    internal static partial IntPtr TessBaseAPICreate();

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPIEnd(IntPtr handle);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPIInit3(IntPtr handle, string? dataPath, string language);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPISetVariable(IntPtr handle, string name, string value);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPISetPageSegMode(IntPtr handle, int mode);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPISetImage2(IntPtr handle, IntPtr pix);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPISetSourceResolution(IntPtr handle, int ppi);

    [LibraryImport(Lib)]
    internal static partial int TessBaseAPIRecognize(IntPtr handle, IntPtr monitor);

    [LibraryImport(Lib)]
    internal static partial int TessBaseAPIMeanTextConf(IntPtr handle);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPIClear(IntPtr handle);

    [LibraryImport(Lib)]
    internal static partial int TessBaseAPIDetectOrientationScript(
        IntPtr handle, out int orientDeg, out float orientConf, out IntPtr scriptName, out float scriptConf);

    [LibraryImport(Lib)]
    internal static partial IntPtr TessBaseAPIGetIterator(IntPtr handle);

    [LibraryImport(Lib)]
    internal static partial void TessResultIteratorDelete(IntPtr iterator);

    [LibraryImport(Lib)]
    internal static partial int TessResultIteratorNext(IntPtr iterator, PageIteratorLevel level);

    [LibraryImport(Lib)]
    internal static partial IntPtr TessResultIteratorGetUTF8Text(IntPtr iterator, PageIteratorLevel level);

    [LibraryImport(Lib)]
    internal static partial float TessResultIteratorConfidence(IntPtr iterator, PageIteratorLevel level);

    [LibraryImport(Lib)]
    internal static partial IntPtr TessResultIteratorGetPageIteratorConst(IntPtr iterator);

    [LibraryImport(Lib)]
    internal static partial int TessPageIteratorBoundingBox(
        IntPtr pageIterator, PageIteratorLevel level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(Lib)]
    internal static partial int TessPageIteratorIsAtBeginningOf(IntPtr pageIterator, PageIteratorLevel level);

    [LibraryImport(Lib)]
    internal static partial void TessDeleteText(IntPtr text);
}

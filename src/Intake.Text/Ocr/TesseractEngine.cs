using System.Runtime.InteropServices;
using Intake.Text.Ocr.Native;

namespace Intake.Text.Ocr;

/// <summary>
/// One Tesseract engine (TessBaseAPI) initialised once for a language and reused for many pages.
/// Not thread-safe: use one engine per thread (<see cref="OcrEnginePool"/>).
/// </summary>
public sealed class TesseractEngine : IDisposable
{
    /// <summary>Page segmentation modes used here (TessPageSegMode).</summary>
    public const int PsmOsdOnly = 0, PsmAuto = 3, PsmSparseText = 11;

    private IntPtr api;

    public string Language { get; }

    public TesseractEngine(string tessdataPath, string language, int pageSegMode = PsmAuto)
    {
        TesseractNative.EnsureEnvironment();
        Language = language;
        api = TesseractNative.TessBaseAPICreate();
        if (api == IntPtr.Zero) throw new InvalidOperationException("TessBaseAPICreate failed.");
        if (TesseractNative.TessBaseAPIInit3(api, tessdataPath, language) != 0)
        {
            Release();
            throw new InvalidOperationException(
                $"Tesseract could not load language '{language}' from '{tessdataPath}' (is tesseract-ocr-{language} installed?).");
        }
        TesseractNative.TessBaseAPISetPageSegMode(api, pageSegMode);
    }

    /// <summary>Recognises an image at the given resolution and returns its words with pixel boxes.</summary>
    /// <param name="adaptiveThreshold">
    /// Binarise with Leptonica's tiled (adaptive) Otsu instead of one global threshold: for a page where a large grey
    /// area (an ID card photocopied or photographed on white paper) turned into a black block.
    /// </param>
    internal OcrPageResult Recognize(Pix image, int dpi, bool adaptiveThreshold = false)
    {
        var h = Handle;
        try
        {
            if (adaptiveThreshold) SetVariable(h, "thresholding_method", "1");
            TesseractNative.TessBaseAPISetImage2(h, image.Pointer);
            TesseractNative.TessBaseAPISetSourceResolution(h, Math.Clamp(dpi, 70, 2400));
            if (TesseractNative.TessBaseAPIRecognize(h, IntPtr.Zero) != 0)
                throw new InvalidOperationException("Tesseract recognition failed.");
            var words = ReadWords(h);
            double mean = words.Count == 0 ? 0 : Math.Clamp(TesseractNative.TessBaseAPIMeanTextConf(h) / 100.0, 0, 1);
            return new OcrPageResult(words, mean);
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(h);
            if (adaptiveThreshold) SetVariable(h, "thresholding_method", "0");
            GC.KeepAlive(image);
        }
    }

    private static void SetVariable(IntPtr h, string name, string value)
    {
        if (TesseractNative.TessBaseAPISetVariable(h, name, value) == 0)
            throw new InvalidOperationException($"Tesseract rejected {name}={value}.");
    }

    /// <summary>
    /// Orientation detection (OSD). Needs osd.traineddata next to the language data; returns null when
    /// Tesseract cannot decide (too little text).
    /// </summary>
    internal OrientationGuess? DetectOrientation(Pix image, int dpi)
    {
        var h = Handle;
        try
        {
            TesseractNative.TessBaseAPISetImage2(h, image.Pointer);
            TesseractNative.TessBaseAPISetSourceResolution(h, Math.Clamp(dpi, 70, 2400));
            if (TesseractNative.TessBaseAPIDetectOrientationScript(h, out int deg, out float conf, out _, out _) == 0)
                return null;
            // Tesseract reports how far the text is turned clockwise (an image turned 90° clockwise gives 90,
            // measured); turning it clockwise by the complement rights it (the CLI's "Rotate:").
            return new OrientationGuess(((360 - deg) % 360 + 360) % 360, conf);
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(h);
            GC.KeepAlive(image);
        }
    }

    private static List<OcrWord> ReadWords(IntPtr h)
    {
        var words = new List<OcrWord>();
        var it = TesseractNative.TessBaseAPIGetIterator(h);
        if (it == IntPtr.Zero) return words;
        try
        {
            var pageIt = TesseractNative.TessResultIteratorGetPageIteratorConst(it);
            int line = -1;
            do
            {
                if (TesseractNative.TessPageIteratorIsAtBeginningOf(pageIt, PageIteratorLevel.TextLine) != 0) line++;
                var textPtr = TesseractNative.TessResultIteratorGetUTF8Text(it, PageIteratorLevel.Word);
                if (textPtr == IntPtr.Zero) continue;
                string text;
                try { text = Marshal.PtrToStringUTF8(textPtr)?.Trim() ?? ""; }
                finally { TesseractNative.TessDeleteText(textPtr); }
                if (text.Length == 0) continue;
                if (TesseractNative.TessPageIteratorBoundingBox(pageIt, PageIteratorLevel.Word,
                        out int l, out int t, out int r, out int b) == 0) continue;
                float conf = TesseractNative.TessResultIteratorConfidence(it, PageIteratorLevel.Word);
                words.Add(new OcrWord(text, l, t, r, b, Math.Clamp(conf / 100.0, 0, 1), Math.Max(line, 0)));
            }
            while (TesseractNative.TessResultIteratorNext(it, PageIteratorLevel.Word) != 0);
        }
        finally
        {
            TesseractNative.TessResultIteratorDelete(it);
        }
        return words;
    }

    private IntPtr Handle => api == IntPtr.Zero ? throw new ObjectDisposedException(nameof(TesseractEngine)) : api;

    private void Release()
    {
        if (api == IntPtr.Zero) return;
        TesseractNative.TessBaseAPIEnd(api);
        TesseractNative.TessBaseAPIDelete(api);
        api = IntPtr.Zero;
    }

    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    ~TesseractEngine() => Release();
}

using System.Diagnostics;
using Intake.Domain.Documents;
using Intake.Text.Images;
using Intake.Text.Layout;

namespace Intake.Text.Ocr;

/// <summary>A recognised page with the timings of its steps (no OCR pass for a blank page).</summary>
internal sealed record RecognizedPage(PageText Page, double OrientationMs, double OcrMs, int OcrPasses)
{
    /// <summary>Orientation detections (OSD) run on the page.</summary>
    public int OrientationChecks { get; init; }
}

/// <summary>
/// OCRs one page raster with orientation correction and maps the words to page points.
/// Orientation: recognise as scanned; when the result looks wrong (low confidence, or mostly vertical words —
/// Tesseract reads a page turned 90° clockwise "fine" but sideways), ask the OSD engine, re-recognise with its
/// correction, and, if OSD cannot decide and confidence is low, try upside down; keep the best reading.
/// A blank scan (<see cref="BlankScan"/>) is not OCR'd at all.
/// </summary>
internal static class PageRecognizer
{
    private const double MinOsdConfidence = 1.5;

    public static RecognizedPage Recognize(
        OcrWorker worker, Pix decoded, double dpiX, double dpiY, PagePlacement placement, int pageNumber, TextOptions options,
        IReadOnlyList<Word>? extraWords = null)
    {
        using var gray = decoded.ToGray8();
        int dpi = (int)Math.Round((dpiX + dpiY) / 2);
        var sw = Stopwatch.StartNew();
        var upright = options.KeepPageImages || options.SkipBlankPages || options.RemoveFormLines ? gray.ToGrayImage(dpiX, dpiY) : null;
        if (options.SkipBlankPages && BlankScan.IsBlank(upright!))
        {
            var lines = extraWords is { Count: > 0 } ? LineBuilder.Group(extraWords) : Array.Empty<TextLine>();
            var blank = new PageText(pageNumber, placement.PageWidth, placement.PageHeight, lines, TextSource.Ocr, 0, 0)
            {
                Image = options.KeepPageImages ? upright : null,
            };
            return new RecognizedPage(blank, 0, sw.Elapsed.TotalMilliseconds, 0);
        }
        double orientationMs = 0;
        int passes = 1, orientationChecks = 0;

        // OCR reads a copy without the form's lines and frames; the page keeps its original raster (checkboxes, signatures)
        using var withoutLines = options.RemoveFormLines && FormLines.Remove(upright!) is { } cleaned ? Pix.FromGray(cleaned) : null;
        var ocrInput = withoutLines ?? gray;
        var best = new Attempt(0, null, worker.Text.Recognize(ocrInput, dpi));
        if (ReadsAlmostNothing(best.Result))
        {
            // A page with ink (not blank) that reads as almost nothing: a grey card or a shadow made one global
            // threshold turn the text into a black block. Read it again with an adaptive threshold; keep the better.
            var adaptive = new Attempt(0, null, worker.Text.Recognize(ocrInput, dpi, adaptiveThreshold: true));
            passes++;
            if (Score(adaptive.Result) > Score(best.Result)) best = adaptive;
        }
        if (options.CorrectOrientation && LooksWrong(best.Result, options))
        {
            double ocrBefore = sw.Elapsed.TotalMilliseconds;
            var guess = worker.Osd.DetectOrientation(ocrInput, dpi);
            orientationChecks++;
            orientationMs = sw.Elapsed.TotalMilliseconds - ocrBefore;
            var candidates = new List<int>();
            if (guess is { RotateClockwiseDegrees: not 0 } g && g.Confidence >= MinOsdConfidence) candidates.Add(g.RotateClockwiseDegrees);
            // upside down as a last resort, when OSD could not tell (too little text, or unsure); a confident "upright"
            // from OSD is believed
            else if (best.Result.MeanConfidence < options.OrientationRetryConfidence && (guess is null || guess.Confidence < MinOsdConfidence))
                candidates.Add(180);
            foreach (int degrees in candidates)
            {
                // a page read sideways has its frames' sides as its long lines: its lines are found again once turned
                var rotated = degrees is 90 or 270 && options.RemoveFormLines
                    ? WithoutLines(gray.RotateClockwise(degrees), dpiX, dpiY)
                    : ocrInput.RotateClockwise(degrees);
                var attempt = new Attempt(degrees, rotated, worker.Text.Recognize(rotated, dpi));
                passes++;
                bool osdSaidSo = guess is not null && guess.RotateClockwiseDegrees == degrees;
                if (Score(attempt.Result) > Score(best.Result) * (osdSaidSo ? 0.8 : 1.1))
                {
                    best.Dispose();
                    best = attempt;
                }
                else attempt.Dispose();
            }
        }
        double ocrMs = sw.Elapsed.TotalMilliseconds - orientationMs;

        using (best)
        {
            var raster = best.Raster ?? ocrInput;
            bool sideways = best.Degrees is 90 or 270;
            double outDpiX = sideways ? dpiY : dpiX, outDpiY = sideways ? dpiX : dpiY;
            var place = placement.RotatedClockwise(best.Degrees);
            int w = raster.Width, h = raster.Height;
            var words = best.Result.Words
                .Select(o => new Word(o.Text, place.ToPoints(o, w, h), o.Confidence))
                .ToList();
            if (extraWords is { Count: > 0 } && best.Degrees == 0) words.AddRange(extraWords.Where(e => !words.Any(o => o.Box.Intersects(e.Box))));
            var page = new PageText(pageNumber, place.PageWidth, place.PageHeight, LineBuilder.Group(words), TextSource.Ocr,
                best.Result.MeanConfidence, best.Degrees)
            {
                Image = !options.KeepPageImages ? null : best.Degrees == 0 ? upright : Turned(gray, best.Degrees, outDpiX, outDpiY),
            };
            return new RecognizedPage(page, orientationMs, ocrMs, passes) { OrientationChecks = orientationChecks };
        }
    }

    /// <summary>The raster without its form lines (<see cref="FormLines"/>), or the raster itself when it has none.</summary>
    private static Pix WithoutLines(Pix raster, double dpiX, double dpiY)
    {
        var cleaned = FormLines.Remove(raster.ToGrayImage(dpiX, dpiY));
        if (cleaned is null) return raster;
        raster.Dispose();
        return Pix.FromGray(cleaned);
    }

    private static GrayImage Turned(Pix original, int degrees, double dpiX, double dpiY)
    {
        using var turned = original.RotateClockwise(degrees);
        return turned.ToGrayImage(dpiX, dpiY);
    }

    /// <summary>
    /// Low confidence, or most words taller than wide (text running vertically). A page where Tesseract found no
    /// word at all is blank, not turned: asking OSD ("too few characters") and re-reading it upside down would
    /// only double its cost (measured by `intake bench`).
    /// </summary>
    internal static bool LooksWrong(OcrPageResult r, TextOptions options)
    {
        if (r.Words.Count == 0) return false;
        if (r.MeanConfidence < options.OrientationRetryConfidence) return true;
        var longWords = r.Words.Where(w => w.Text.Length >= 4).ToList();
        if (longWords.Count < 3) return false;
        int vertical = longWords.Count(w => w.Bottom - w.Top > 1.5 * (w.Right - w.Left));
        return vertical * 2 > longWords.Count;
    }

    /// <summary>Fewer plausible words (two letters or more) than a page of any document holds.</summary>
    internal static bool ReadsAlmostNothing(OcrPageResult r) => r.Words.Count(w => w.Text.Count(char.IsLetter) >= 2) < MinPlausibleWords;

    /// <summary>See <see cref="ReadsAlmostNothing"/>: an ID card has about 15 such words, a letter hundreds.</summary>
    private const int MinPlausibleWords = 6;

    /// <summary>Quality of a reading: confidence mass of plausible words (two letters or more).</summary>
    internal static double Score(OcrPageResult r) =>
        r.Words.Where(w => w.Text.Count(char.IsLetter) >= 2).Sum(w => w.Confidence * w.Confidence);


    private sealed class Attempt(int degrees, Pix? raster, OcrPageResult result) : IDisposable
    {
        public int Degrees { get; } = degrees;
        public Pix? Raster { get; } = raster;
        public OcrPageResult Result { get; } = result;
        public void Dispose() => Raster?.Dispose();
    }
}

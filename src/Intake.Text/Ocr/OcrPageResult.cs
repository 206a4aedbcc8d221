namespace Intake.Text.Ocr;

/// <summary>A word as Tesseract saw it: pixel box (top-left origin), confidence in [0, 1], and its OCR line.</summary>
public sealed record OcrWord(string Text, int Left, int Top, int Right, int Bottom, double Confidence, int LineIndex);

/// <summary>The words of one recognised raster, in Tesseract's reading order, and the page's mean confidence in [0, 1].</summary>
public sealed record OcrPageResult(IReadOnlyList<OcrWord> Words, double MeanConfidence)
{
    /// <summary>Words that contain at least two letters and were read with decent confidence: a quality measure.</summary>
    public int GoodWordCount(double minConfidence = 0.6) =>
        Words.Count(w => w.Confidence >= minConfidence && w.Text.Count(char.IsLetter) >= 2);
}

/// <summary>Result of Tesseract's orientation detection: clockwise rotation that makes the page upright.</summary>
public sealed record OrientationGuess(int RotateClockwiseDegrees, double Confidence);

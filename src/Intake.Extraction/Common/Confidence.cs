namespace Intake.Extraction.Common;

/// <summary>How a value's confidence is built: OCR confidence of its words, adjusted by validators.</summary>
public static class Confidence
{
    /// <summary>Combines the words' OCR confidence with a validator outcome and how the value was found.</summary>
    /// <param name="ocr">Mean OCR confidence of the value's words, in [0, 1].</param>
    /// <param name="valid">Validator outcome: true raises, false lowers, null leaves as is.</param>
    /// <param name="method">Reliability of the way the value was located (label match 0.9, prose pattern 0.8…).</param>
    public static double Of(double ocr, bool? valid = null, double method = 0.9)
    {
        double c = Math.Clamp(ocr, 0, 1) * method;
        if (valid == true) c = c + (1 - c) * 0.3;
        else if (valid == false) c *= 0.55;
        return Math.Round(Math.Clamp(c, 0.01, 0.99), 3);
    }
}

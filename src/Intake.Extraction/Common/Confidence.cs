namespace Intake.Extraction.Common;

/// <summary>What a validator says about a value.</summary>
public enum Check
{
    /// <summary>Nothing to check, or a format any misreading would keep (a date, a phone number, a postcode).</summary>
    None,
    /// <summary>A check a misreading would almost surely break: a NIR key, an MRZ check digit, two sources agreeing.</summary>
    Passed,
    /// <summary>The value fails its format or looks like something else (junk, prose, repaired characters).</summary>
    Failed,
}

/// <summary>
/// How a value's confidence is built: the OCR confidence of its words, times how reliably the value was located
/// (a form field, a value right of its label, a pattern in prose…), raised by a check a misreading would break,
/// lowered by a failed one. A format that any misreading keeps (ten digits for a phone number) proves nothing.
/// </summary>
public static class Confidence
{
    /// <param name="ocr">OCR confidence of the value's words, in [0, 1] (see <see cref="OfWords"/>).</param>
    /// <param name="check">The validators' outcome.</param>
    /// <param name="method">Reliability of the way the value was located (form field 0.97, label 0.9, prose pattern 0.8…).</param>
    public static double Of(double ocr, Check check, double method = 0.9)
    {
        double c = Math.Clamp(ocr, 0, 1) * method;
        // a check a misreading passes once in a hundred (a NIR key) outweighs an OCR engine unsure of spaced figures
        if (check == Check.Passed) c += (1 - c) * 0.75;
        else if (check == Check.Failed) c *= 0.55;
        return Math.Round(Math.Clamp(c, 0.01, 0.99), 3);
    }

    /// <summary>Compatibility form: true is a passed check, false a failed one.</summary>
    public static double Of(double ocr, bool? valid = null, double method = 0.9) =>
        Of(ocr, valid switch { true => Check.Passed, false => Check.Failed, null => Check.None }, method);

    /// <summary>
    /// The OCR confidence of a value's words: the mean, pulled down by the weakest word (one misread word makes
    /// the value wrong however well the others were read).
    /// </summary>
    public static double OfWords(IReadOnlyCollection<double> confidences) =>
        confidences.Count == 0 ? 0 : (confidences.Average() + confidences.Min()) / 2;
}

namespace Intake.Classification.Features;

/// <summary>Layout and structure cues read from one page's text (before digits are collapsed).</summary>
/// <param name="PageNumber">k of a "page k/n" style numbering, when printed.</param>
/// <param name="PageCount">n of a "page k/n" style numbering, when printed.</param>
/// <param name="HasFormNumber">The cerfa form number 12245 appears.</param>
/// <param name="MrzLineCount">Lines that look like a machine-readable zone (IDFRA…, P&lt;FRA…, runs of '&lt;').</param>
/// <param name="TopLines">The first non-empty lines of the page, normalised (see <see cref="TextNormalizer"/>).</param>
/// <param name="FirstPageTitle">A known first-page title (e.g. "certificat medical") found in the top lines, normalised.</param>
/// <param name="HasDateLineAtTop">A date stamp line ("Paris, le 3 mars 2021", "le 12/03/2021") in the top lines.</param>
/// <param name="DateLineCount">Number of date stamp lines on the page.</param>
/// <param name="WordCount">Number of whitespace-separated words.</param>
/// <param name="MeanConfidence">Mean OCR confidence in [0, 1]; null for a text-layer page.</param>
public sealed record PageCues(
    int? PageNumber,
    int? PageCount,
    bool HasFormNumber,
    int MrzLineCount,
    IReadOnlyList<string> TopLines,
    string? FirstPageTitle,
    bool HasDateLineAtTop,
    int DateLineCount,
    int WordCount,
    double? MeanConfidence)
{
    /// <summary>The page says it is page 1 of its document ("page 1/3").</summary>
    public bool NumberedFirst => PageNumber == 1;

    /// <summary>The page says it continues a document ("page 2/3").</summary>
    public bool NumberedContinuation => PageNumber > 1;

    public static readonly PageCues None = new(null, null, false, 0, [], null, false, 0, 0, null);
}

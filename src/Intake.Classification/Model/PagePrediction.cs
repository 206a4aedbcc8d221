using Intake.Classification.Features;

namespace Intake.Classification.Model;

/// <summary>
/// The classifier's verdict on one page.
/// </summary>
/// <param name="PageNumber">1-based page number in the file.</param>
/// <param name="Type">One of the document type codes (for a blank page: "autre", ignored by the splitter).</param>
/// <param name="Confidence">Probability of <paramref name="Type"/> (top probability); 0 for a blank page.</param>
/// <param name="Scores">Probability per type code; empty for a blank page.</param>
/// <param name="IsBlank">Blank page (back of a sheet): belongs to the document around it.</param>
/// <param name="FirstPageProbability">Probability that the page opens a new document (first-page model), or null.</param>
/// <param name="Cues">Layout cues of the page (numbering, title at the top…), used by the splitter.</param>
/// <param name="Flags">Review flags, e.g. <see cref="PageFlags.LowConfidencePage"/>.</param>
public sealed record PagePrediction(
    int PageNumber,
    string Type,
    double Confidence,
    IReadOnlyDictionary<string, double> Scores,
    bool IsBlank,
    double? FirstPageProbability,
    PageCues Cues,
    IReadOnlyList<string> Flags)
{
    /// <summary>The second most probable type, or null when there are no scores.</summary>
    public string? SecondBestType =>
        Scores.Where(s => s.Key != Type).OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => s.Key).FirstOrDefault();

    public bool IsLowConfidence => Flags.Contains(PageFlags.LowConfidencePage);
}

/// <summary>Flag codes set on pages and documents.</summary>
public static class PageFlags
{
    /// <summary>The page's top probability is below the configured threshold.</summary>
    public const string LowConfidencePage = "LOW_CONFIDENCE_PAGE";

    /// <summary>The page's type was replaced by the type of the document around it (smoothing).</summary>
    public const string SmoothedPage = "SMOOTHED_PAGE";
}

using Intake.Classification.Features;

namespace Intake.Classification.Model;

/// <summary>
/// The classifier's verdict on one page.
/// </summary>
/// <param name="PageNumber">1-based page number in the file.</param>
/// <param name="Type">The page's most probable type on its own (the splitter decides over the whole file).</param>
/// <param name="Confidence">Calibrated probability of <paramref name="Type"/> (top probability); 0 for a blank page.</param>
/// <param name="Scores">Calibrated probability per type code; empty for a blank page.</param>
/// <param name="IsBlank">Blank page (back of a sheet): belongs to the document around it.</param>
/// <param name="FirstPageProbability">
/// Probability that the page opens a new document given the previous non-blank page of its file (boundary model);
/// null for the file's first page, a page predicted alone, or without a boundary model.
/// </param>
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

    /// <summary>
    /// Per type t, the probability that the page opens a new document when it and the page before it are both of
    /// type t (the boundary probability corrected by what the type says); null when not known.
    /// </summary>
    public IReadOnlyDictionary<string, double>? SameTypeBoundary { get; init; }
}

/// <summary>Flag codes set on pages and documents.</summary>
public static class PageFlags
{
    /// <summary>The page's decided type is not confident (its probability is below the configured threshold).</summary>
    public const string LowConfidencePage = "LOW_CONFIDENCE_PAGE";

    /// <summary>The page's decided type differs from its most probable type on its own (the file's sequence decided).</summary>
    public const string SmoothedPage = "SMOOTHED_PAGE";
}

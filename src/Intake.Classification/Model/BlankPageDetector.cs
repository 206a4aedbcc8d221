using System.Text.RegularExpressions;
using Intake.Domain.Documents;

namespace Intake.Classification.Model;

/// <summary>Thresholds of the rule-based blank-page detector.</summary>
public sealed class BlankPageOptions
{
    /// <summary>A page with at least this many meaningful words is never blank.</summary>
    public int MinWordsForContent { get; init; } = 3;

    /// <summary>OCR words below this confidence (0–1) are treated as scanner noise.</summary>
    public double MinWordConfidence { get; init; } = 0.3;

    /// <summary>A pixel darker than this (0 = black) is ink.</summary>
    public byte InkLevel { get; init; } = 110;

    /// <summary>Largest share of ink pixels (inside the margins) for a scanned page to be blank.</summary>
    public double MaxInkRatio { get; init; } = 0.004;

    /// <summary>Share of each border ignored when measuring ink (scanner edges, punch holes).</summary>
    public double MarginRatio { get; init; } = 0.04;
}

/// <summary>
/// Rule-based blank page detection: few meaningful words besides a fax transmission header, and little ink when the
/// page raster is known (an ID-card photo has few words but much ink, so it is not blank).
/// </summary>
public static partial class BlankPageDetector
{
    public static bool IsBlank(PageText page, BlankPageOptions? options = null)
    {
        options ??= new BlankPageOptions();
        int words = page.Lines.Where(l => !IsTransmissionHeader(l.Text))
            .Sum(l => l.Words.Count(w => IsMeaningful(w.Text) && w.Confidence >= options.MinWordConfidence));
        if (words >= options.MinWordsForContent) return false;
        return page.Image is null || InkRatio(page.Image, options) <= options.MaxInkRatio;
    }

    /// <summary>Blank test for a page known only by its text (training data).</summary>
    public static bool IsBlankText(string? text, BlankPageOptions? options = null)
    {
        options ??= new BlankPageOptions();
        if (string.IsNullOrWhiteSpace(text)) return true;
        return text.Split('\n').Where(l => !IsTransmissionHeader(l))
            .SelectMany(l => l.Split((char[])[' ', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Count(IsMeaningful) < options.MinWordsForContent;
    }

    /// <summary>
    /// The line a fax machine prints across the top of every page it sends ("+33 4 56 17 12 77 FAX P.007/011"): it
    /// says nothing of the page's content, so a page holding only that is as blank as the sheet that was sent.
    /// </summary>
    public static bool IsTransmissionHeader(string line) => FaxHeader().IsMatch(line);

    [GeneratedRegex(@"\b(?:FAX|Fax|fax)\b.*\b[PpFf]\s?[.:]?\s?\d{3}\s?/\s?\d{3}\b")]
    private static partial Regex FaxHeader();

    /// <summary>Share of ink pixels inside the margins, sampled every other pixel.</summary>
    public static double InkRatio(GrayImage image, BlankPageOptions? options = null)
    {
        options ??= new BlankPageOptions();
        int mx = (int)(image.Width * options.MarginRatio), my = (int)(image.Height * options.MarginRatio);
        long ink = 0, total = 0;
        for (int y = my; y < image.Height - my; y += 2)
        {
            int row = y * image.Width;
            for (int x = mx; x < image.Width - mx; x += 2)
            {
                total++;
                if (image.Pixels[row + x] < options.InkLevel) ink++;
            }
        }
        return total == 0 ? 0 : (double)ink / total;
    }

    /// <summary>A word with at least two letters (not a speck read as "." or "|").</summary>
    private static bool IsMeaningful(string word) => word.Count(char.IsLetterOrDigit) >= 2;
}

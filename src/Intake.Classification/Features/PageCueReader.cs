using System.Text.RegularExpressions;

namespace Intake.Classification.Features;

/// <summary>Reads <see cref="PageCues"/> from a page's raw text (lines separated by '\n').</summary>
public static partial class PageCueReader
{
    /// <summary>How many non-empty lines count as "the top of the page".</summary>
    public const int TopLineCount = 8;

    /// <summary>How many lines at the top and at the bottom hold running headers and footers.</summary>
    private const int EdgeLineCount = 2;

    public static PageCues Read(string text, double? meanConfidence)
    {
        var lines = (text ?? string.Empty).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToArray();

        var (number, count) = ReadNumbering(lines);
        var top = lines.Take(TopLineCount).Select(TextNormalizer.Normalize).Where(l => l.Length > 0).ToArray();
        string? title = top.Select(FirstPageTitles.Match).FirstOrDefault(t => t != null);
        var dateLines = lines.Select((l, i) => (IsDate: IsDateLine(l), Index: i)).Where(x => x.IsDate).ToArray();

        return new PageCues(
            number, count,
            HasFormNumber: FormNumber().IsMatch(text ?? string.Empty),
            MrzLineCount: lines.Count(IsMrzLine),
            TopLines: top,
            FirstPageTitle: title,
            HasDateLineAtTop: dateLines.Any(d => d.Index < TopLineCount),
            DateLineCount: dateLines.Length,
            WordCount: lines.Sum(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length),
            MeanConfidence: NormalizeConfidence(meanConfidence));
    }

    /// <summary>Confidence in [0, 1]; accepts Tesseract's 0–100 scale too.</summary>
    public static double? NormalizeConfidence(double? confidence) => confidence switch
    {
        null => null,
        double c when double.IsNaN(c) || c < 0 => null,
        double c when c > 1 => Math.Min(c / 100.0, 1.0),
        double c => c,
    };

    private static (int?, int?) ReadNumbering(string[] lines)
    {
        foreach (var line in lines)
        {
            var m = PageOf().Match(line);
            if (!m.Success) m = BareFraction().Match(line);
            if (!m.Success) continue;
            int k = int.Parse(m.Groups["k"].Value), n = int.Parse(m.Groups["n"].Value);
            if (k >= 1 && n >= k && n <= 200) return (k, n);
        }
        foreach (var line in lines)
        {
            var m = PageAlone().Match(line);
            if (m.Success && int.Parse(m.Groups["k"].Value) is var k and >= 1 and <= 200) return (k, null);
        }
        // A running header or footer that ends with the page number ("Rapport d'expertise — DUPONT — page 2"):
        // only at the page's edges, where body text ("voir page 2") does not sit.
        foreach (var line in lines.Take(EdgeLineCount).Concat(lines.TakeLast(EdgeLineCount)))
        {
            var m = TrailingPage().Match(line);
            if (m.Success && int.Parse(m.Groups["k"].Value) is var k and >= 1 and <= 200) return (k, null);
        }
        return (null, null);
    }

    public static bool IsMrzLine(string line)
    {
        var compact = line.Replace(" ", string.Empty);
        if (compact.Length < 20) return false;
        if (compact.StartsWith("IDFRA", StringComparison.Ordinal) || compact.StartsWith("P<FRA", StringComparison.Ordinal)) return true;
        int chevrons = compact.Count(c => c == '<');
        return chevrons >= 4 && compact.All(c => c == '<' || char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
    }

    public static bool IsDateLine(string line) =>
        line.Length <= 80 && (DateStamp().IsMatch(line) || (line.Length <= 24 && BareDate().IsMatch(line)));

    [GeneratedRegex(@"12245")]
    private static partial Regex FormNumber();

    [GeneratedRegex(@"\bpage\s*(?<k>\d{1,3})\s*(?:/|sur|de|of)\s*(?<n>\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageOf();

    [GeneratedRegex(@"^[-–\s]*(?<k>\d{1,3})\s*/\s*(?<n>\d{1,3})[-–\s]*$")]
    private static partial Regex BareFraction();

    [GeneratedRegex(@"^(?:[-–]\s*)?page\s*(?<k>\d{1,3})(?:\s*[-–])?$|^[-–]\s*(?<k>\d{1,3})\s*[-–]$", RegexOptions.IgnoreCase)]
    private static partial Regex PageAlone();

    [GeneratedRegex(@"\S\s*[-–—|·,]\s*page\s*(?<k>\d{1,3})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPage();

    [GeneratedRegex(@"(?:^|[\s,])le\s+(?:\d{1,2}(?:er)?\s+(?:janv|f[ée]vr|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)\w*\.?\s+\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})", RegexOptions.IgnoreCase)]
    private static partial Regex DateStamp();

    [GeneratedRegex(@"^\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\s*$")]
    private static partial Regex BareDate();
}

using System.Text.RegularExpressions;

namespace Intake.Extraction.Common;

/// <summary>
/// A date written in boxes, without separators, as a labelled value gives it: "12 03 1970" (a box group per part)
/// or "12031970" / "120370" (one box per digit), or eight figures with a comb's marks between them. Read only where
/// a date is expected: in prose such figures are phone numbers or references.
/// </summary>
public static partial class BoxedDate
{
    [GeneratedRegex(@"^\D{0,3}?(\d{2})\s+(\d{2})\s+(\d{4}|\d{2})(?!\d)")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"^\D{0,3}?(\d{2})(\d{2})(\d{4}|\d{2})(?!\d)")]
    private static partial Regex Compact();

    /// <summary>
    /// Eight figures and nothing but the marks a comb's borders leave between them ("3112 2025", "02 01 ,202,6."):
    /// day, month and year in full, after at most a "le :".
    /// </summary>
    [GeneratedRegex(@"^(?:[Ll]e\s*:?\s*|[^\p{L}0-9]{0,3})((?:[0-9][\s,.'|/\-]*){8})$")]
    private static partial Regex Loose();

    public static DateOnly? Read(string text, int twoDigitYearPivot) => Read(text, twoDigitYearPivot, out _);

    /// <param name="loose">True when the figures were joined across marks that are no date separators: a doubtful reading.</param>
    public static DateOnly? Read(string text, int twoDigitYearPivot, out bool loose)
    {
        loose = false;
        var t = text.Trim();
        var m = Spaced().Match(t);
        if (!m.Success) m = Compact().Match(t);
        if (!m.Success)
        {
            var l = Loose().Match(t);
            if (!l.Success) return null;
            var digits = new string(l.Groups[1].Value.Where(char.IsAsciiDigit).ToArray());
            loose = true;
            return Make(int.Parse(digits[..2]), int.Parse(digits[2..4]), int.Parse(digits[4..]));
        }
        int day = int.Parse(m.Groups[1].Value), month = int.Parse(m.Groups[2].Value), year = int.Parse(m.Groups[3].Value);
        if (m.Groups[3].Length == 2) year += year <= twoDigitYearPivot ? 2000 : 1900;
        return Make(day, month, year);
    }

    private static DateOnly? Make(int day, int month, int year) =>
        year < 1900 || year > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ? null : new DateOnly(year, month, day);
}

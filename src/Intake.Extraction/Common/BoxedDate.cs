using System.Text.RegularExpressions;

namespace Intake.Extraction.Common;

/// <summary>
/// A date written in boxes, without separators, as a labelled value gives it: "12 03 1970" (a box group per part)
/// or "12031970" / "120370" (one box per digit). Read only where a date is expected: in prose such figures are
/// phone numbers or references.
/// </summary>
public static partial class BoxedDate
{
    [GeneratedRegex(@"^\D{0,3}?(\d{2})\s+(\d{2})\s+(\d{4}|\d{2})(?!\d)")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"^\D{0,3}?(\d{2})(\d{2})(\d{4}|\d{2})(?!\d)")]
    private static partial Regex Compact();

    public static DateOnly? Read(string text, int twoDigitYearPivot)
    {
        var t = text.Trim();
        var m = Spaced().Match(t);
        if (!m.Success) m = Compact().Match(t);
        if (!m.Success) return null;
        int day = int.Parse(m.Groups[1].Value), month = int.Parse(m.Groups[2].Value), year = int.Parse(m.Groups[3].Value);
        if (m.Groups[3].Length == 2) year += year <= twoDigitYearPivot ? 2000 : 1900;
        if (year < 1900 || year > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }
}

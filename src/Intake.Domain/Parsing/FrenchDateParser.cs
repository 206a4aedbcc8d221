using System.Text.RegularExpressions;

namespace Intake.Domain.Parsing;

/// <summary>A date found in a text: its position, its value, and how many OCR characters were repaired.</summary>
public readonly record struct DateMatch(int Index, int Length, DateOnly Value, int RepairedChars)
{
    public int End => Index + Length;
}

/// <summary>
/// French dates: 12/03/2021, 12.03.2021, 12-03-21, 12 mars 2021, 1er mars 2021, 12 MARS 2021, 2021-03-12,
/// and OCR-damaged forms (l2/03/2O21, 12/0 3/2021).
/// </summary>
public static partial class FrenchDateParser
{
    private const string D = OcrDigits.Class;

    [GeneratedRegex(@"(?<![0-9A-Za-z])(" + D + @"{1,2})\s?[/.\-]\s?(" + D + @"(?: ?" + D + @")?)\s?[/.\-]\s?(" + D + @"{4}|" + D + @"{2})(?![0-9A-Za-z])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![0-9])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![0-9])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![0-9a-z])(1\s?er|ler|[0-9oli|]{1,2})\s+([a-z]{3,10})\.?\s+([0-9oli|sz]{4})(?![0-9a-z])")]
    private static partial Regex WordDate();

    /// <summary>Every date in the text, in order of position, non-overlapping.</summary>
    /// <param name="twoDigitYearPivot">Two-digit years up to this value are read as 20yy, above as 19yy.</param>
    public static IReadOnlyList<DateMatch> FindAll(string text, int twoDigitYearPivot = 40)
    {
        var found = new List<DateMatch>();
        var folded = TextFolding.Fold(text);
        foreach (Match m in IsoDate().Matches(text))
        {
            var y = int.Parse(m.Groups[1].Value);
            var mo = int.Parse(m.Groups[2].Value);
            var d = int.Parse(m.Groups[3].Value);
            if (TryMake(y, mo, d, out var date)) found.Add(new DateMatch(m.Index, m.Length, date, 0));
        }
        foreach (Match m in NumericDate().Matches(text))
        {
            if (Overlaps(found, m.Index, m.Length)) continue;
            var dd = OcrDigits.Repair(m.Groups[1].Value, out var r1);
            // the OCR sometimes splits the month between its separators ("29/0 1/2023")
            var mm = OcrDigits.Repair(m.Groups[2].Value.Replace(" ", ""), out var r2);
            var yy = OcrDigits.Repair(m.Groups[3].Value, out var r3);
            if (dd is null || mm is null || yy is null) continue;
            int repaired = r1 + r2 + r3;
            int digits = m.Groups[1].Length + mm.Length + m.Groups[3].Length;
            if (repaired > 2 || repaired * 2 > digits) continue;
            int year = int.Parse(yy);
            if (yy.Length == 2) year += year <= twoDigitYearPivot ? 2000 : 1900;
            if (TryMake(year, int.Parse(mm), int.Parse(dd), out var date))
                found.Add(new DateMatch(m.Index, m.Length, date, repaired));
        }
        foreach (Match m in WordDate().Matches(folded))
        {
            if (Overlaps(found, m.Index, m.Length)) continue;
            var month = FrenchMonths.Parse(m.Groups[2].Value);
            if (month is null) continue;
            var dayRaw = m.Groups[1].Value.Replace(" ", "");
            int r1 = 0;
            string? day = dayRaw is "1er" or "ler" ? "1" : OcrDigits.Repair(text.Substring(m.Groups[1].Index, m.Groups[1].Length), out r1);
            var year = OcrDigits.Repair(text.Substring(m.Groups[3].Index, m.Groups[3].Length), out var r3);
            if (day is null || year is null || r1 + r3 > 2) continue;
            if (TryMake(int.Parse(year), month.Value, int.Parse(day), out var date))
                found.Add(new DateMatch(m.Index, m.Length, date, r1 + r3));
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>Parses the first date in the text.</summary>
    public static bool TryParse(string text, out DateOnly date, int twoDigitYearPivot = 40)
    {
        var all = FindAll(text, twoDigitYearPivot);
        date = all.Count > 0 ? all[0].Value : default;
        return all.Count > 0;
    }

    /// <summary>A date within a plausible range for the claims Intake handles (1900–2100).</summary>
    public static bool IsPlausible(DateOnly d) => d.Year >= 1900 && d.Year <= 2100;

    private static bool Overlaps(List<DateMatch> found, int index, int length) =>
        found.Any(f => index < f.End && f.Index < index + length);

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
        if (day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}

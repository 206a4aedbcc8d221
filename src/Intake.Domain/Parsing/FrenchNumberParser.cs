using System.Globalization;
using System.Text.RegularExpressions;

namespace Intake.Domain.Parsing;

/// <summary>French decimals ("3,5"), percentages ("15 %", "15%", "quinze pour cent") and rates.</summary>
public static partial class FrenchNumberParser
{
    private static readonly Dictionary<string, int> Units = new()
    {
        ["zero"] = 0, ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6,
        ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13,
        ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["trente"] = 30, ["quarante"] = 40,
        ["cinquante"] = 50, ["soixante"] = 60, ["cent"] = 100,
    };

    [GeneratedRegex(@"(?<![0-9,.])(\d{1,3}(?:[,.]\d{1,2})?)\s*(?:%|pour\s?cent\b|p\.\s?100\b)")]
    private static partial Regex DigitPercent();

    [GeneratedRegex(@"\b((?:[a-z]+[\s-]){0,3}[a-z]+)\s+pour\s?cent\b")]
    private static partial Regex WordPercent();

    /// <summary>Parses "3,5", "3.5", "15" (optionally followed by % or "/7").</summary>
    public static bool TryParseDecimal(string text, out decimal value)
    {
        var s = text.Trim().TrimEnd('%').Trim().Replace(',', '.');
        var slash = s.IndexOf('/');
        if (slash > 0) s = s[..slash].Trim();
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A percentage written with digits or French words; the rate must lie in 0–100.</summary>
    public static bool TryParsePercent(string text, out decimal value)
    {
        var all = FindPercents(text);
        value = all.Count > 0 ? all[0].Value : 0;
        return all.Count > 0;
    }

    /// <summary>All percentages in a text with their positions (rates outside 0–100 are skipped).</summary>
    public static IReadOnlyList<(int Index, int Length, decimal Value)> FindPercents(string text)
    {
        var folded = TextFolding.Fold(text);
        var list = new List<(int, int, decimal)>();
        foreach (Match m in DigitPercent().Matches(folded))
            if (TryParseDecimal(m.Groups[1].Value, out var v) && v <= 100) list.Add((m.Index, m.Length, v));
        foreach (Match m in WordPercent().Matches(folded))
        {
            var words = m.Groups[1].Value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            // keep the longest suffix of words that forms a number
            for (int k = 0; k < words.Length; k++)
            {
                var n = ParseNumberWords(words[k..]);
                if (n is null) continue;
                int offset = m.Groups[1].Value.IndexOf(words[k], StringComparison.Ordinal);
                if (n <= 100) list.Add((m.Index + offset, m.Length - offset, n.Value));
                break;
            }
        }
        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }

    /// <summary>Reads a number written in French words ("quinze", "vingt et un", "soixante-dix"), up to 100.</summary>
    public static int? ParseNumberWords(IReadOnlyList<string> words)
    {
        int total = 0;
        bool any = false;
        foreach (var w in words)
        {
            if (w == "et") continue;
            if (!Units.TryGetValue(w, out var v)) return null;
            if (v == 100) total = total == 0 ? 100 : total * 100;
            else if (v == 20 && total % 100 == 4) total = total - 4 + 80; // quatre-vingt
            else total += v;
            any = true;
        }
        return any ? total : null;
    }

    /// <summary>A rate as an integer percent in 0–100 ("15 %" → 15).</summary>
    public static bool TryParseRate(string text, out int rate)
    {
        rate = 0;
        if (!TryParsePercent(text, out var v) && !TryParseDecimal(text, out v)) return false;
        if (v < 0 || v > 100) return false;
        rate = (int)Math.Round(v, MidpointRounding.AwayFromZero);
        return true;
    }
}

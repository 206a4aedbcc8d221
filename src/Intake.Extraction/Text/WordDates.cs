using System.Text.RegularExpressions;
using Intake.Domain.Parsing;

namespace Intake.Extraction.Text;

/// <summary>
/// Dates written in words, as civil-status records write them: "le dix-neuf octobre deux mille vingt-trois",
/// "le premier mars mil neuf cent quarante-huit" (the day may also be in figures). Matched on folded text.
/// </summary>
public static partial class WordDates
{
    private static readonly Dictionary<string, int> Numbers = new()
    {
        ["zero"] = 0, ["un"] = 1, ["une"] = 1, ["premier"] = 1, ["1er"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4,
        ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12,
        ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30,
        ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60,
    };

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Token();

    /// <summary>Every date in words of the folded text: index, length, value.</summary>
    public static IReadOnlyList<(int Index, int Length, DateOnly Date)> FindAll(string folded)
    {
        var tokens = Token().Matches(folded).Select(m => (m.Index, m.Value)).ToList();
        var result = new List<(int, int, DateOnly)>();
        for (int t = 1; t + 1 < tokens.Count; t++)
        {
            if (FrenchMonths.Parse(tokens[t].Value) is not { } month || tokens[t].Value.Length < 3) continue;
            // the day: the number words just before the month (or its figures)
            int d0 = t;
            while (d0 - 1 >= 0 && t - d0 < 4 && IsNumberWord(tokens[d0 - 1].Value)) d0--;
            if (d0 == t && !(tokens[t - 1].Value.All(char.IsDigit) && tokens[t - 1].Value.Length <= 2)) continue;
            int? day = d0 == t ? int.Parse(tokens[t - 1].Value) : Cardinal(tokens.Skip(d0).Take(t - d0).Select(x => x.Value));
            if (d0 == t) d0 = t - 1;
            // the year: the number words after the month
            int y1 = t + 1;
            while (y1 < tokens.Count && y1 - t <= 8 && IsNumberWord(tokens[y1].Value)) y1++;
            if (y1 == t + 1) continue;
            var year = Cardinal(tokens.Skip(t + 1).Take(y1 - t - 1).Select(x => x.Value));
            if (day is not (>= 1 and <= 31) || year is not (>= 1900 and <= 2100)) continue;
            if (day > DateTime.DaysInMonth(year.Value, month)) continue;
            int start = tokens[d0].Index, end = tokens[y1 - 1].Index + tokens[y1 - 1].Value.Length;
            result.Add((start, end - start, new DateOnly(year.Value, month, day.Value)));
            t = y1 - 1;
        }
        return result;
    }

    private static bool IsNumberWord(string w) => Numbers.ContainsKey(w) || w is "et" or "cent" or "cents" or "mille" or "mil";

    /// <summary>The value of French number words ("quatre vingt dix neuf" = 99, "mil neuf cent" = 1900), or null.</summary>
    public static int? Cardinal(IEnumerable<string> words)
    {
        int total = 0, current = 0;
        bool any = false;
        foreach (var w in words)
        {
            switch (w)
            {
                case "et":
                    continue;
                case "cent" or "cents":
                    current = (current == 0 ? 1 : current) * 100;
                    break;
                case "mille" or "mil":
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                    break;
                case "vingt" or "vingts" when current % 100 == 4:
                    current += 76; // "quatre-vingt": four twenties
                    break;
                default:
                    if (!Numbers.TryGetValue(w, out var v)) return null;
                    current += v;
                    break;
            }
            any = true;
        }
        return any ? total + current : null;
    }
}

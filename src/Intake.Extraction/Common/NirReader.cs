using System.Text.RegularExpressions;
using Intake.Domain.Identity;
using Intake.Domain.Parsing;

namespace Intake.Extraction.Common;

/// <summary>Finds and repairs NIR (social-security numbers) in text; the key check decides the confidence.</summary>
public static partial class NirReader
{
    private const string D = OcrDigits.Class;

    [GeneratedRegex(@"(?<![0-9A-Za-z])([12" + "lI" + @"])[\s.]?(" + D + @"{2})[\s.]?(" + D + @"{2})[\s.]?(" + D + @"{2}|2[AaBb])[\s.]?(" + D + @"{3})[\s.]?(" + D + @"{3})[\s.\-]?(?:\(?\s?(" + D + @"{2})\s?\)?)?(?![0-9A-Za-z])")]
    private static partial Regex NirPattern();

    /// <summary>A repaired NIR (13 or 15 characters) and whether its key checks.</summary>
    public readonly record struct NirMatch(int Index, int Length, string Value, bool Valid);

    public static IReadOnlyList<NirMatch> FindAll(string text)
    {
        var list = new List<NirMatch>();
        foreach (Match m in NirPattern().Matches(text))
        {
            var parts = new List<string>();
            int repaired = 0;
            for (int g = 1; g <= 7; g++)
            {
                var v = m.Groups[g].Value;
                if (v.Length == 0) continue;
                if (g == 4 && v.Length == 2 && char.ToUpperInvariant(v[1]) is 'A' or 'B' && v[0] == '2') { parts.Add(v.ToUpperInvariant()); continue; }
                var r = OcrDigits.Repair(v, out var n);
                if (r is null) { parts.Clear(); break; }
                repaired += n;
                parts.Add(r);
            }
            if (parts.Count < 6 || repaired > 2) continue;
            var value = string.Concat(parts);
            list.Add(new NirMatch(m.Index, m.Length, value, value.Length == 15 && Nir.IsValid(value)));
        }
        return list;
    }

    /// <summary>The best NIR in a text: the first valid one, else the first 15-character one, else null.</summary>
    public static NirMatch? Best(string text)
    {
        var all = FindAll(text);
        if (all.Count == 0) return null;
        foreach (var m in all) if (m.Valid) return m;
        foreach (var m in all) if (m.Value.Length == 15) return m;
        return all[0];
    }
}

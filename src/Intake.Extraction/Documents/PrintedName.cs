using Intake.Domain.Parsing;

namespace Intake.Extraction.Documents;

/// <summary>
/// A name printed on an identity paper as the OCR read it, and how it compares with the machine-readable zone.
/// Security prints, holograms and the photo's edge leave short junk after the name ("HENRY E E EC", "FLEURY CE"):
/// trailing tokens of one or two letters (the particles of a surname apart) or with other signs are dropped.
/// </summary>
public static class PrintedName
{
    private static readonly HashSet<string> Particles = ["de", "du", "da", "di", "le", "la", "el", "al", "van", "von", "ben", "d", "l"];

    /// <summary>The name without the junk after it (and without commas between first names).</summary>
    public static string Trim(string name)
    {
        var tokens = name.Replace(",", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (tokens.Count > 1 && IsJunk(tokens[^1], tokens.Count)) tokens.RemoveAt(tokens.Count - 1);
        return string.Join(' ', tokens);
    }

    private static bool IsJunk(string token, int count)
    {
        var letters = token.Count(char.IsLetter);
        if (letters == 0 || token.Any(c => !char.IsLetter(c) && c is not '-' and not '\'')) return true;
        return letters <= 2 && !Particles.Contains(TextFolding.Fold(token));
    }

    /// <summary>The name's tokens, folded: "Saint-Martin" and "SAINT MARTIN" compare equal.</summary>
    public static IReadOnlyList<string> Tokens(string name) =>
        TextFolding.Fold(name).Split([' ', '-', '\'', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new string(t.Where(char.IsLetter).ToArray())).Where(t => t.Length > 0).ToList();

    /// <summary>
    /// How many of the printed name's words make up the zone's name (the rest is junk after it), or null when they
    /// disagree. The printed words are kept for their accents and hyphens.
    /// </summary>
    public static int? WordsMatching(string printed, string fromZone)
    {
        var zone = string.Concat(Tokens(fromZone));
        if (zone.Length == 0) return null;
        var words = printed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var acc = "";
        for (int i = 0; i < words.Length; i++)
        {
            acc += string.Concat(Tokens(words[i]));
            if (acc == zone) return i + 1;
            if (!zone.StartsWith(acc, StringComparison.Ordinal)) return null;
        }
        return null;
    }
}

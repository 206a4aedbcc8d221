namespace Intake.Domain.Parsing;

/// <summary>French month names and abbreviations, OCR-tolerant.</summary>
public static class FrenchMonths
{
    private static readonly string[] Names =
        ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    private static readonly (string Abbrev, int Month)[] Abbreviations =
    [
        ("janv", 1), ("jan", 1), ("fevr", 2), ("fev", 2), ("avr", 4), ("juil", 7), ("sept", 9), ("sep", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    /// <summary>The month number (1-12) of a French month word (any case/accents, trailing dot allowed), or null.</summary>
    public static int? Parse(string word)
    {
        var k = TextFolding.TokenKey(word);
        if (k.Length < 3) return null;
        for (int i = 0; i < Names.Length; i++)
            if (k == Names[i]) return i + 1;
        foreach (var (a, m) in Abbreviations)
            if (k == a) return m;
        if (k.Length >= 5)
            for (int i = 0; i < Names.Length; i++)
                if (Names[i].Length >= 5 && EditDistance.Levenshtein(k, Names[i]) <= 1) return i + 1;
        return null;
    }
}

namespace Intake.Domain.Parsing;

/// <summary>Person names: titles stripped (Maître, Me, Dr, Docteur, Pr, Professeur, M., Mme…), matching form.</summary>
public static class PersonNameParser
{
    private static readonly HashSet<string> Titles =
    [
        "maitre", "me", "dr", "docteur", "doctor", "pr", "professeur", "prof", "m", "mr", "monsieur", "mme",
        "madame", "mlle", "mademoiselle", "mmes", "mm", "messieurs", "epouse", "ep", "nee", "veuve", "vve",
    ];

    /// <summary>True when the word is a title or civility (any case, with or without dot).</summary>
    public static bool IsTitle(string word) => Titles.Contains(TextFolding.TokenKey(word));

    /// <summary>Removes leading titles and civilities, collapses spaces and trims punctuation at the ends.</summary>
    public static string StripTitles(string name)
    {
        var words = TextFolding.CollapseSpaces(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && IsTitle(words[0])) words.RemoveAt(0);
        return string.Join(' ', words).Trim(' ', ',', ';', ':', '.', '-');
    }

    /// <summary>The upper-case, accent-free matching form of a name, titles removed.</summary>
    public static string ToMatchingForm(string name) => TextFolding.MatchingForm(StripTitles(name));

    /// <summary>True when a word is written in capitals (a family name in French usage): "DUPONT", "LE GALL", "D'ARC".</summary>
    public static bool IsUpperWord(string word)
    {
        int letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>Splits "Jeanne Marie DUPONT" or "DUPONT Jeanne Marie" into family name (capitals) and first names.</summary>
    public static (string Nom, string Prenoms) SplitFullName(string fullName)
    {
        var words = StripTitles(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var upper = words.Where(IsUpperWord).ToList();
        var other = words.Where(w => !IsUpperWord(w)).ToList();
        if (upper.Count > 0 && other.Count > 0) return (string.Join(' ', upper), string.Join(' ', other));
        if (words.Length >= 2) return (words[^1], string.Join(' ', words[..^1]));
        return (words.Length == 1 ? words[0] : "", "");
    }
}

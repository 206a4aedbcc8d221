using Intake.Domain.Parsing;

namespace Intake.Domain.Identity;

/// <summary>Person names reduced for comparison: upper-case letters without accents, spaces or punctuation.</summary>
public static class PersonName
{
    /// <summary>
    /// "Le Gall-Dupont" → "LEGALLDUPONT", "Cœur" → "COEUR" (accents removed and ligatures spelt out as
    /// <see cref="TextFolding.RemoveAccents"/> does); empty when the name has no letter.
    /// </summary>
    public static string Key(string name) =>
        new(TextFolding.RemoveAccents(name).ToUpperInvariant().Where(char.IsLetter).ToArray());

    /// <summary>Each first name as a key ("Jean-Marc, Élodie" → JEANMARC, ELODIE); names of one letter are dropped.</summary>
    public static IReadOnlyList<string> FirstNameKeys(string firstNames) =>
        firstNames.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Key).Where(k => k.Length > 1).ToList();

    /// <summary>Two lists of first names designate the same person: their first first names are equal.</summary>
    public static bool SameFirstNames(string a, string b) =>
        FirstNameKeys(a) is [var x, ..] && FirstNameKeys(b) is [var y, ..] && x == y;
}

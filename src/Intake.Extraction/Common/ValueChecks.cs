using Intake.Domain.Parsing;

namespace Intake.Extraction.Common;

/// <summary>
/// Whether a value read as text looks like what a form's box holds: no box borders, stray signs or lone brackets
/// ("[NOËL LI)", "CPAN DE LA GRONDE =", "(70 rue…"), not the length of a sentence (a label matched inside the form's instructions), and for a
/// name letters only, without a short fragment trailing after it.
/// </summary>
public static class ValueChecks
{
    private const string StraySigns = "[]|{}<>=~^\\_*#§¤";

    /// <summary>Failed for a text with stray signs, or longer than a field's value (a sentence) unless free text is expected.</summary>
    public static Check Text(string text, bool longText)
    {
        if (text.Any(c => StraySigns.Contains(c)) || !Balanced(text)) return Check.Failed;
        if (!longText && (text.Length > 70 || text.Split(' ').Length > 10)) return Check.Failed;
        return Check.None;
    }

    /// <summary>Failed for a name with figures, stray signs, more words than a name has, nothing but particles ("de"), or a one- or two-letter fragment at its end.</summary>
    public static Check Name(string name)
    {
        if (name.Any(char.IsDigit) || name.Any(c => StraySigns.Contains(c)) || !Balanced(name)) return Check.Failed;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6 || words.All(w => Particle(w.Trim(',', '.')))) return Check.Failed;
        var last = words[^1].Trim(',', '.');
        if (words.Length > 1 && last.Count(char.IsLetter) <= 2 && !Particle(last)) return Check.Failed;
        return Check.None;
    }

    /// <summary>Brackets open and close in pairs ("Lille (59)"); a lone one is the edge of a frame or a ring ("(70 rue…").</summary>
    private static bool Balanced(string text)
    {
        int depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }

    private static bool Particle(string word) => TextFolding.Fold(word) is "de" or "du" or "da" or "di" or "le" or "la" or "el";

    /// <summary>
    /// Failed for an "address" with neither a figure nor a word of a French postal address (rue, avenue, lieu-dit…):
    /// words of the form's instructions or another label's text read beside an "Adresse" label.
    /// </summary>
    public static Check Address(string text) =>
        text.Any(char.IsDigit) || text.Split([' ', ',', '\''], StringSplitOptions.RemoveEmptyEntries).Any(w => StreetWords.Contains(TextFolding.TokenKey(w)))
            ? Check.None : Check.Failed;

    private static readonly HashSet<string> StreetWords =
    [
        "rue", "avenue", "av", "boulevard", "bd", "chemin", "route", "place", "allee", "impasse", "quai", "cours", "lieudit",
        "lotissement", "residence", "hameau", "montee", "square", "voie", "faubourg", "passage", "sentier", "bp", "cedex",
        "domaine", "mas", "clos", "cite", "esplanade", "rond", "parvis", "villa", "promenade", "traverse", "batiment", "appartement",
    ];

    /// <summary>
    /// Failed for a place name that does not start with a capital or a figure ("et informer"): French commune names
    /// are written with a capital, so a lower-case start is words of a sentence read beside the label.
    /// </summary>
    public static Check Place(string text) =>
        text.FirstOrDefault(char.IsLetterOrDigit) is var c && (char.IsUpper(c) || char.IsDigit(c)) ? Check.None : Check.Failed;
}

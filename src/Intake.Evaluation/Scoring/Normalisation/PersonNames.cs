namespace Intake.Evaluation.Scoring.Normalisation;

/// <summary>
/// Person names compared without titles (Maître, Me, Dr, Docteur, Pr, Professeur, M., Mme…): equal when their
/// token sets are equal or one contains the other ("DR JEAN MARTIN" matches "Martin Jean" and "MARTIN").
/// </summary>
public static class PersonNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "MAITRE", "ME", "MAITRES", "DR", "DOCTEUR", "DOCTEURS", "PR", "PROFESSEUR", "PROF",
        "M", "MR", "MM", "MME", "MMES", "MLLE", "MONSIEUR", "MADAME", "MADEMOISELLE", "MESSIEURS",
    };

    public static IReadOnlySet<string> Tokens(string name) =>
        TextFold.Tokens(name).Where(t => !Titles.Contains(t)).ToHashSet(StringComparer.Ordinal);

    public static bool Match(string expected, string got)
    {
        var a = Tokens(expected);
        var b = Tokens(got);
        if (a.Count == 0 || b.Count == 0) return a.Count == b.Count;
        return a.SetEquals(b) || a.IsSubsetOf(b) || b.IsSubsetOf(a);
    }
}

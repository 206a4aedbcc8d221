using Intake.Domain.Parsing;

namespace Intake.Evaluation.Scoring.Normalisation;

/// <summary>Case and accent folding used by every text comparison.</summary>
public static class TextFold
{
    /// <summary>Upper-cases, removes accents, expands ligatures (Œ, Æ, ß), and collapses white space (TextFolding.MatchingForm).</summary>
    public static string Fold(string text) => TextFolding.MatchingForm(text);

    /// <summary>Folded, with punctuation turned into spaces and spaces collapsed: "Saint-Étienne" → "SAINT ETIENNE".</summary>
    public static string FoldWords(string text) =>
        CollapseSpaces(new string(Fold(text).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()));

    /// <summary>Letters and digits only, folded: "Jean-Pierre D'Églantine" → "JEANPIERREDEGLANTINE".</summary>
    public static string Compact(string text) => new(Fold(text).Where(char.IsLetterOrDigit).ToArray());

    /// <summary>The words of <see cref="FoldWords"/>.</summary>
    public static string[] Tokens(string text) => FoldWords(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string CollapseSpaces(string s) => TextFolding.CollapseSpaces(s);
}

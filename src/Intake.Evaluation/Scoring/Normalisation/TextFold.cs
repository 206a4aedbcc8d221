using System.Globalization;
using System.Text;

namespace Intake.Evaluation.Scoring.Normalisation;

/// <summary>Case and accent folding used by every text comparison.</summary>
public static class TextFold
{
    /// <summary>Upper-cases, removes accents, expands ligatures (Œ, Æ, ß), and collapses white space.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (c)
            {
                case 'œ' or 'Œ': sb.Append("OE"); break;
                case 'æ' or 'Æ': sb.Append("AE"); break;
                case 'ß': sb.Append("SS"); break;
                default: sb.Append(char.ToUpperInvariant(c)); break;
            }
        }
        return CollapseSpaces(sb.ToString());
    }

    /// <summary>Folded, with punctuation turned into spaces and spaces collapsed: "Saint-Étienne" → "SAINT ETIENNE".</summary>
    public static string FoldWords(string text) =>
        CollapseSpaces(new string(Fold(text).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()));

    /// <summary>Letters and digits only, folded: "Jean-Pierre D'Églantine" → "JEANPIERREDEGLANTINE".</summary>
    public static string Compact(string text) => new(Fold(text).Where(char.IsLetterOrDigit).ToArray());

    /// <summary>The words of <see cref="FoldWords"/>.</summary>
    public static string[] Tokens(string text) => FoldWords(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string CollapseSpaces(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

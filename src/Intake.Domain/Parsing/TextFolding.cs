using System.Globalization;
using System.Text;

namespace Intake.Domain.Parsing;

/// <summary>
/// Accent folding and normalisation used for matching French text tolerant of case and accents: the one place that
/// removes accents (<see cref="StripMarks"/>) and spells ligatures out (<see cref="RemoveAccents"/>: Œ → OE, Æ → AE,
/// ß → ss). Name keys, the evaluation's comparisons, the classifier's features and the generator use these.
/// </summary>
public static class TextFolding
{
    /// <summary>Removes combining accents and keeps everything else as it is (é → e, Œ stays Œ), in composed form.</summary>
    public static string StripMarks(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) sb.Append(ch);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Folds one character to lower-case without accent, keeping exactly one character (so indexes stay aligned).</summary>
    public static char FoldChar(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        switch (c)
        {
            case '’': case '‘': case '`': case '´': return '\'';
            case '«': case '»': return '"';
            case '–': case '—': case '‐': return '-';
            case '\u00A0': case '\u202F': return ' ';
            case 'œ': case 'Œ': return 'o';
            case 'æ': case 'Æ': return 'a';
        }
        var stripped = StripMarks(c.ToString());
        return char.ToLowerInvariant(stripped.Length > 0 ? stripped[0] : c);
    }

    /// <summary>Lower-case, accent-free, same length as the input.</summary>
    public static string Fold(string s)
    {
        var a = new char[s.Length];
        for (int i = 0; i < s.Length; i++) a[i] = FoldChar(s[i]);
        return new string(a);
    }

    /// <summary>Removes accents and spells ligatures out, keeps case (é → e, Œ → OE, æ → ae, ß → ss, ’ → ').</summary>
    public static string RemoveAccents(string s)
    {
        var stripped = StripMarks(s);
        var sb = new StringBuilder(stripped.Length);
        foreach (var ch in stripped)
            sb.Append(ch switch { 'œ' => "oe", 'Œ' => "OE", 'æ' => "ae", 'Æ' => "AE", 'ß' => "ss", '’' => "'", _ => ch.ToString() });
        return sb.ToString();
    }

    /// <summary>Collapses runs of white space to single spaces and trims.</summary>
    public static string CollapseSpaces(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A token key: folded, letters and digits only ("Prénom(s) :" → "prenoms").</summary>
    public static string TokenKey(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var f = FoldChar(c);
            if (char.IsLetterOrDigit(f)) sb.Append(f);
        }
        return sb.ToString();
    }

    /// <summary>Upper-case, accent-free, single-spaced: the matching form of names.</summary>
    public static string MatchingForm(string s) =>
        CollapseSpaces(RemoveAccents(s).ToUpperInvariant());
}

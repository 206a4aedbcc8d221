using System.Globalization;
using System.Text;

namespace Intake.Domain.Parsing;

/// <summary>Accent folding and normalisation used for matching French text tolerant of case and accents.</summary>
public static class TextFolding
{
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
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        var b = d[0];
        return char.ToLowerInvariant(b);
    }

    /// <summary>Lower-case, accent-free, same length as the input.</summary>
    public static string Fold(string s)
    {
        var a = new char[s.Length];
        for (int i = 0; i < s.Length; i++) a[i] = FoldChar(s[i]);
        return new string(a);
    }

    /// <summary>Removes accents, keeps case (é → e, Œ → OE).</summary>
    public static string RemoveAccents(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(ch switch { 'œ' => "oe", 'Œ' => "OE", 'æ' => "ae", 'Æ' => "AE", '’' => "'", _ => ch.ToString() });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
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

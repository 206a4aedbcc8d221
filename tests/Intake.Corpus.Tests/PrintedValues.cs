using System.Globalization;
using System.Text;
using Intake.Corpus.People;
using Intake.Domain.Fields;

namespace Intake.Corpus.Tests;

/// <summary>
/// Whether a truth value is printed in a page's text: names and codes compared without case, accents or punctuation,
/// dates in any of the ways French papers write them, periods by both their dates, rates and scores as numbers.
/// </summary>
internal static class PrintedValues
{
    public static string Fold(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().Trim();
    }

    public static IEnumerable<string> DateWritings(DateOnly d) =>
    [
        FrenchDates.Slash(d), FrenchDates.Dots(d), FrenchDates.Long(d), FrenchNumbers.Date(d),
        d.ToString("dd MM yyyy", CultureInfo.InvariantCulture),
    ];

    /// <summary>Null when the value is printed, else a description of what is missing.</summary>
    public static string? Missing(string key, object value, string pageText)
    {
        string text = Fold(pageText);
        string compact = new(pageText.Where(char.IsLetterOrDigit).ToArray());
        bool Has(string s) => text.Contains(Fold(s), StringComparison.Ordinal);
        bool HasDate(DateOnly d) => DateWritings(d).Any(Has);
        switch (value)
        {
            case bool:
                return null; // a statement, not a printed value
            case DateOnly d:
                return HasDate(d) ? null : $"{key}: date {d:yyyy-MM-dd} not printed";
            case IEnumerable<Period> periods:
                foreach (var p in periods)
                    if (!HasDate(p.Debut) || !HasDate(p.Fin)) return $"{key}: period {p.Debut:yyyy-MM-dd}..{p.Fin:yyyy-MM-dd} not printed";
                return null;
            case int n:
                return Has(n.ToString(CultureInfo.InvariantCulture)) ? null : $"{key}: {n} not printed";
            case decimal m:
                string fr = m == Math.Floor(m) ? ((int)m).ToString(CultureInfo.InvariantCulture) : m.ToString("0.0", CultureInfo.GetCultureInfo("fr-FR"));
                return pageText.Contains(fr + "/7", StringComparison.Ordinal) || pageText.Contains(fr + " sur", StringComparison.Ordinal) ? null : $"{key}: {fr}/7 not printed";
            case string s when key == "victime.nir":
                return compact.Contains(s, StringComparison.Ordinal) ? null : $"{key}: {s} not printed";
            case string s when key is "identite.type":
                return null; // a code
            case string s when key.EndsWith(".prenoms", StringComparison.Ordinal) || key.EndsWith("_nom", StringComparison.Ordinal)
                               || key is "certificat.medecin" or "expertise.expert":
                // Person names: every name printed (order free).
                return s.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(Has) ? null : $"{key}: '{s}' not printed";
            case string s:
                return Has(s) ? null : $"{key}: '{s}' not printed";
            default:
                return $"{key}: unexpected value type {value.GetType()}";
        }
    }
}

using System.Globalization;

namespace Intake.Corpus.People;

/// <summary>
/// Builds French social-security numbers (NIR): sex, birth year and month, département (2A/2B for Corsica),
/// commune, order number, and the key 97 − (13 digits mod 97) with 2A/2B read as 19/18 (rules.md R-TP-NIR).
/// Written independently of Intake.Domain so that the corpus truth does not depend on the code it checks.
/// </summary>
public static class NirCode
{
    public static string Body(string sex, DateOnly birth, string dept, string commune, int order) =>
        $"{(sex == "F" ? 2 : 1)}{birth.Year % 100:00}{birth.Month:00}{dept}{commune}{order:000}";

    public static int Key(string body13)
    {
        string numeric = body13.Substring(5, 2) switch
        {
            "2A" => body13[..5] + "19" + body13[7..],
            "2B" => body13[..5] + "18" + body13[7..],
            _ => body13,
        };
        long n = long.Parse(numeric, CultureInfo.InvariantCulture);
        return (int)(97 - n % 97);
    }

    public static string WithKey(string body13) => body13 + Key(body13).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The same body with a wrong key (the correct key + 1..96, wrapped into 1..97).</summary>
    public static string WithWrongKey(string body13, int shift)
    {
        int k = Key(body13);
        int wrong = (k - 1 + 1 + (Math.Abs(shift) % 95)) % 97 + 1;
        if (wrong == k) wrong = k == 97 ? 1 : k + 1;
        return body13 + wrong.ToString("00", CultureInfo.InvariantCulture);
    }

    public static bool IsValid(string nir)
    {
        var s = nir.Replace(" ", "", StringComparison.Ordinal);
        return s.Length == 15 && int.TryParse(s[13..], NumberStyles.None, CultureInfo.InvariantCulture, out int key) && Key(s[..13]) == key;
    }

    /// <summary>The usual printed grouping: "1 85 03 69 383 123 45".</summary>
    public static string Spaced(string nir) =>
        $"{nir[0]} {nir.Substring(1, 2)} {nir.Substring(3, 2)} {nir.Substring(5, 2)} {nir.Substring(7, 3)} {nir.Substring(10, 3)} {nir.Substring(13, 2)}";
}

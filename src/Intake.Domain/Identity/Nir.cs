namespace Intake.Domain.Identity;

/// <summary>
/// NIR: numéro d'inscription au répertoire (social-security number), 13 characters + a 2-digit key
/// (docs/rules.md R-TP-NIR). Key = 97 − (first 13 digits mod 97); Corsica's département 2A / 2B is read as 19 / 18
/// for the computation.
/// </summary>
public static class Nir
{
    /// <summary>Removes spaces, dots and dashes and upper-cases; does not validate.</summary>
    public static string Normalize(string raw) =>
        new(raw.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-').Select(char.ToUpperInvariant).ToArray());

    /// <summary>The key of the first 13 characters, or null when they are not a NIR body.</summary>
    public static int? ComputeKey(string body13)
    {
        if (body13.Length != 13) return null;
        var s = body13.ToUpperInvariant();
        // Corsica: characters 6-7 (département) may be 2A or 2B.
        string digits = s.Substring(5, 2) switch
        {
            "2A" => s[..5] + "19" + s[7..],
            "2B" => s[..5] + "18" + s[7..],
            _ => s,
        };
        if (!digits.All(char.IsAsciiDigit)) return null;
        long n = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return (int)(97 - n % 97);
    }

    /// <summary>
    /// True when the value has a NIR's shape, whether or not its key checks: 15 characters (after normalisation),
    /// digits but for Corsica's 2A/2B in the département.
    /// </summary>
    public static bool IsWellFormed(string raw)
    {
        var s = Normalize(raw);
        if (s.Length != 15) return false;
        var dept = s.Substring(5, 2);
        return (s[..5] + (dept is "2A" or "2B" ? "20" : dept) + s[7..]).All(char.IsAsciiDigit);
    }

    /// <summary>True when the value is 15 characters (after normalisation) and its key checks.</summary>
    public static bool IsValid(string raw)
    {
        var s = Normalize(raw);
        if (s.Length != 15 || !s[13..].All(char.IsAsciiDigit)) return false;
        var key = ComputeKey(s[..13]);
        return key is not null && key == int.Parse(s[13..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Masks a NIR for display where the full number is not needed: "1 85 ** ** *** *** 42".</summary>
    public static string Mask(string raw)
    {
        var s = Normalize(raw);
        return s.Length < 3 ? "***" : $"{s[0]} {s.Substring(1, Math.Min(2, s.Length - 1))} ** ** *** *** {(s.Length >= 15 ? s[13..15] : "**")}";
    }
}

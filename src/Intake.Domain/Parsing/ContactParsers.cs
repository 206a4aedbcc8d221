using System.Text.RegularExpressions;

namespace Intake.Domain.Parsing;

/// <summary>Postcodes, phone numbers and e-mail addresses.</summary>
public static partial class ContactParsers
{
    [GeneratedRegex(@"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")]
    private static partial Regex EmailShape();

    /// <summary>A lower-case word right before the address, separated by one space (a lost dot).</summary>
    [GeneratedRegex(@"(?:^|[\s:])([a-z][a-z0-9._\-]{1,30}) $")]
    private static partial Regex LocalPartBefore();

    private static readonly HashSet<string> EmailLabelWords = ["courriel", "email", "e-mail", "mail", "mel", "adresse", "electronique", "et", "ou", "a", "de", "par"];

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+\s?@\s?[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailInText();

    /// <summary>A French postcode: 5 digits (OCR look-alikes repaired), département 01–98 (2A/2B as 20).</summary>
    public static bool TryParsePostcode(string text, out string postcode)
    {
        postcode = "";
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length != 5) return false;
        var r = OcrDigits.Repair(compact, out var repaired);
        if (r is null || repaired > 1) return false;
        postcode = r;
        return IsPlausiblePostcode(r);
    }

    public static bool IsPlausiblePostcode(string p) =>
        p.Length == 5 && p.All(char.IsAsciiDigit) && int.Parse(p[..2]) is >= 1 and <= 98;

    /// <summary>A phone number as digits only ("06 12 34 56 78" → "0612345678"; "+33 6 …" → "0612345678").</summary>
    public static bool TryParsePhone(string text, out string digits)
    {
        digits = "";
        var s = text.Trim();
        bool international = s.StartsWith('+') || s.StartsWith("00", StringComparison.Ordinal);
        var raw = new string(s.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-' and not '(' and not ')' and not '+').ToArray());
        var r = OcrDigits.Repair(raw, out var repaired);
        if (r is null || repaired > 1) return false;
        if (international)
        {
            if (r.StartsWith("0033", StringComparison.Ordinal)) r = r[4..];
            else if (r.StartsWith("33", StringComparison.Ordinal)) r = r[2..];
            if (r.StartsWith('0')) r = r[1..];
            r = "0" + r;
        }
        if (r.Length != 10 || r[0] != '0') return false;
        digits = r;
        return true;
    }

    /// <summary>An e-mail address, lower-cased, spaces around "@" removed.</summary>
    public static bool TryParseEmail(string text, out string email)
    {
        email = "";
        var m = EmailInText().Match(text);
        if (!m.Success) return false;
        var e = m.Value.Replace(" ", "").Trim('.').ToLowerInvariant();
        if (!EmailShape().IsMatch(e)) return false;
        // "pierre fabre98@gmail.com": the dot of "prénom.nom" read as a space by the OCR.
        var before = LocalPartBefore().Match(text[..m.Index]);
        if (before.Success && !EmailLabelWords.Contains(before.Groups[1].Value.ToLowerInvariant()))
        {
            var head = before.Groups[1].Value.ToLowerInvariant();
            e = (head.EndsWith('.') || head.EndsWith('_') || head.EndsWith('-') ? head : head + ".") + e;
        }
        email = e;
        return true;
    }
}

using System.Globalization;
using System.Text;

namespace Intake.Corpus.People;

/// <summary>Machine-readable zones per ICAO 9303: TD1 (identity card, 3×30) and TD3 (passport, 2×44).</summary>
public static class Mrz
{
    public static int CheckDigit(string field)
    {
        int[] weights = [7, 3, 1];
        int sum = 0;
        for (int i = 0; i < field.Length; i++)
        {
            char c = field[i];
            int v = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                '<' => 0,
                _ => throw new ArgumentException($"invalid MRZ character '{c}'", nameof(field)),
            };
            sum += v * weights[i % 3];
        }
        return sum % 10;
    }

    /// <summary>Upper-case, accents removed, spaces/hyphens/apostrophes as '&lt;'.</summary>
    public static string Clean(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in Intake.Domain.Parsing.TextFolding.StripMarks(s))
        {
            char u = char.ToUpperInvariant(c);
            sb.Append(u is >= 'A' and <= 'Z' or >= '0' and <= '9' ? u : '<');
        }
        return sb.ToString();
    }

    private static string Pad(string s, int n) => s.Length >= n ? s[..n] : s + new string('<', n - s.Length);
    private static string Yymmdd(DateOnly d) => d.ToString("yyMMdd", CultureInfo.InvariantCulture);
    private static string Names(Person p, int width) =>
        Pad(Clean(p.BirthName) + "<<" + string.Join('<', p.FirstNames.Select(Clean)), width);

    /// <summary>TD1 card (identity card "ID", residence permit "IR"): three lines of 30 characters, issued by France.</summary>
    public static string[] Td1(Person p, string documentNumber, DateOnly expiry, string documentCode = "ID", string nationality = "FRA")
    {
        string number = Pad(documentNumber, 9);
        string line1 = Pad(documentCode + "FRA" + number + CheckDigit(number), 30);
        string birth = Yymmdd(p.BirthDate), exp = Yymmdd(expiry);
        string line2Head = birth + CheckDigit(birth) + p.Sex + exp + CheckDigit(exp) + nationality;
        string line2Body = Pad(line2Head, 29);
        string composite = line1[5..30] + line2Body[0..7] + line2Body[8..15] + line2Body[18..29];
        string line2 = line2Body + CheckDigit(composite);
        return [line1, line2, Names(p, 30)];
    }

    /// <summary>
    /// The French identity card of 1995–2021: two lines of 36 characters. Line 1: IDFRA, surname (25), issuing
    /// département and office (6). Line 2: card number (12) and its check digit, first names separated by "&lt;&lt;" (14),
    /// birth date and its check digit, sex, and a check digit over both lines.
    /// </summary>
    public static string[] Cni1995(Person p, string cardNumber12, string office6)
    {
        if (cardNumber12.Length != 12 || office6.Length != 6) throw new ArgumentException("card number has 12 characters, office code 6");
        string line1 = "IDFRA" + Pad(Clean(p.BirthName), 25) + office6;
        string birth = Yymmdd(p.BirthDate);
        string head = cardNumber12 + CheckDigit(cardNumber12) + Pad(string.Join("<<", p.FirstNames.Select(Clean)), 14) + birth + CheckDigit(birth) + p.Sex;
        return [line1, head + CheckDigit(line1 + head)];
    }

    /// <summary>TD3 passport: two lines of 44 characters.</summary>
    public static string[] Td3(Person p, string passportNumber, DateOnly expiry)
    {
        string line1 = "P<FRA" + Names(p, 39);
        string number = Pad(passportNumber, 9);
        string birth = Yymmdd(p.BirthDate), exp = Yymmdd(expiry);
        string personal = new('<', 14);
        string head = number + CheckDigit(number) + "FRA" + birth + CheckDigit(birth) + p.Sex + exp + CheckDigit(exp)
                      + personal + CheckDigit(personal);
        string composite = head[0..10] + head[13..20] + head[21..43];
        return [line1, head + CheckDigit(composite)];
    }
}

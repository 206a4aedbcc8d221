using Intake.Domain.Documents;

namespace Intake.Extraction.Documents.Mrz;

/// <summary>What a machine-readable zone says.</summary>
/// <param name="Valid">True when the check digits of the document number and of the birth date verify.</param>
/// <param name="BirthValid">True when the birth date's own check digit verifies.</param>
public sealed record MrzData(string DocumentCode, string Surname, string GivenNames, DateOnly? BirthDate, char? Sex,
    bool Valid, int Page, BBox Box)
{
    public bool BirthValid { get; init; }
}

/// <summary>
/// Reads MRZ lines from page text: TD1 identity cards (3×30), TD3 passports (2×44) and the old French identity
/// card (2×36, "IDFRA…"); digit fields are repaired for OCR confusions and verified by their check digits.
/// </summary>
public static class MrzReader
{
    private sealed record Candidate(string Text, TextLine Line, int Page);

    public static MrzData? Read(IReadOnlyList<PageText> pages)
    {
        foreach (var page in pages)
        {
            var c = page.Lines.Select(l => new Candidate(Clean(l.Text), l, page.Number)).Where(x => IsMrzLike(x.Text)).ToList();
            for (int i = 0; i < c.Count; i++)
            {
                if (i + 2 < c.Count && Near(c[i].Text.Length, 30) && Near(c[i + 1].Text.Length, 30) && Near(c[i + 2].Text.Length, 30))
                    if (Td1(c[i], c[i + 1], c[i + 2]) is { } td1) return td1;
                if (i + 1 < c.Count && Near(c[i].Text.Length, 44) && Near(c[i + 1].Text.Length, 44))
                    if (Td3(c[i], c[i + 1]) is { } td3) return td3;
                if (i + 1 < c.Count && Near(c[i].Text.Length, 36) && Near(c[i + 1].Text.Length, 36))
                    if (OldFrench(c[i], c[i + 1]) is { } fr) return fr;
            }
        }
        return null;
    }

    private static bool Near(int len, int target) => Math.Abs(len - target) <= 2;

    /// <summary>
    /// The line without spaces, upper-case, fillers normalised: "«", "‹" and lower-case letters next to fillers are
    /// fillers the OCR misread ("<<<<ce<<<<"); the zone is printed in capitals only.
    /// </summary>
    private static string Clean(string s)
    {
        var t = s.Where(c => !char.IsWhiteSpace(c)).Select(c => c is '«' or '‹' ? '<' : c).ToArray();
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int i = 0; i < t.Length; i++)
            {
                if (!char.IsLower(t[i])) continue;
                if ((i > 0 && t[i - 1] == '<') || (i + 1 < t.Length && t[i + 1] == '<')) { t[i] = '<'; changed = true; }
            }
        }
        return new string(t).ToUpperInvariant();
    }

    private static bool IsMrzLike(string s) =>
        s.Length >= 28 && s.Count(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '<') >= s.Length * 0.9 && s.Count(c => c == '<') >= 2;

    private static string Fit(string s, int len) =>
        s.Length >= len ? s[..len] : s + new string('<', len - s.Length);

    private static BBox Box(params Candidate[] lines) => BBox.Union(lines.Select(l => l.Line.Box));

    /// <summary>
    /// The primary identifier (surname) up to the first "&lt;&lt;", the secondary (given names, one "&lt;" apart) up
    /// to the next: what follows is filler, and letters there are OCR noise.
    /// </summary>
    private static (string Surname, string Given) Names(string field)
    {
        var parts = field.Trim('<').Split("<<", StringSplitOptions.None);
        string Words(string s) => string.Join(' ', s.Split('<', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)));
        string given = parts.Skip(1).FirstOrDefault(p => p.Trim('<').Length > 0) ?? "";
        return (Words(parts[0]), Words(given));
    }

    private static DateOnly? BirthDate(string yymmdd)
    {
        if (!yymmdd.All(char.IsAsciiDigit)) return null;
        int yy = int.Parse(yymmdd[..2]), mm = int.Parse(yymmdd[2..4]), dd = int.Parse(yymmdd[4..6]);
        int year = yy < 30 ? 2000 + yy : 1900 + yy;
        if (mm is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(year, mm)) return null;
        return new DateOnly(year, mm, dd);
    }

    private static char? Sex(char c) => c is 'F' or 'M' ? c : null;

    private static MrzData? Td1(Candidate a, Candidate b, Candidate c)
    {
        var l1 = Fit(a.Text, 30);
        var l2 = Fit(b.Text, 30);
        var l3 = Fit(c.Text, 30);
        if (!char.IsLetter(l1[0])) return null;
        var birth = MrzCheck.RepairDigits(l2[..6]);
        bool birthOk = MrzCheck.Verify(birth, l2[6]);
        bool numberOk = MrzCheck.Verify(l1[5..14], l1[14]);
        var (sn, gn) = Names(l3);
        return new MrzData(l1[..2].TrimEnd('<'), sn, gn, BirthDate(birth), Sex(l2[7]), birthOk && numberOk, a.Page, Box(a, b, c))
            { BirthValid = birthOk };
    }

    private static MrzData? Td3(Candidate a, Candidate b)
    {
        var l1 = Fit(a.Text, 44);
        var l2 = Fit(b.Text, 44);
        if (l1[0] != 'P') return null;
        var birth = MrzCheck.RepairDigits(l2[13..19]);
        bool birthOk = MrzCheck.Verify(birth, l2[19]);
        bool numberOk = MrzCheck.Verify(l2[..9], l2[9]);
        var (sn, gn) = Names(l1[5..]);
        return new MrzData("P", sn, gn, BirthDate(birth), Sex(l2[20]), birthOk && numberOk, a.Page, Box(a, b)) { BirthValid = birthOk };
    }

    private static MrzData? OldFrench(Candidate a, Candidate b)
    {
        var l1 = Fit(a.Text, 36);
        var l2 = Fit(b.Text, 36);
        if (!l1.StartsWith("ID", StringComparison.Ordinal)) return null;
        var number = MrzCheck.RepairDigits(l2[..12]);
        var birth = MrzCheck.RepairDigits(l2[27..33]);
        bool birthOk = MrzCheck.Verify(birth, l2[33]);
        bool numberOk = MrzCheck.Verify(number, l2[12]);
        // the old card: the surname field ends at its first "<<"; first names are "<<"-separated in their own field
        var surname = Names(l1[5..30]).Surname;
        var given = string.Join(' ', l2[13..27].Split('<', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)));
        return new MrzData("ID", surname, given, BirthDate(birth), Sex(l2[34]), birthOk && numberOk, a.Page, Box(a, b)) { BirthValid = birthOk };
    }
}

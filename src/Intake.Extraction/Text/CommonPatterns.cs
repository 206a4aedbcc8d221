using System.Text.RegularExpressions;
using Intake.Domain.Fields;
using Intake.Extraction.Common;

namespace Intake.Extraction.Text;

/// <summary>Patterns shared by several document types: CCI file number, document date, doctor's name.</summary>
public static partial class CommonPatterns
{
    [GeneratedRegex(@"\bcc[il1|]\s?[-–]\s?(\d{4})\s?[-–]\s?(\d{6})\b")]
    private static partial Regex CciNumber();

    [GeneratedRegex(@"\b(?:fait|etabli|redige|clos|depose|signe|delivre)e?s?\s+(?:a\s+[^,\n]{1,40}?,?\s+)?le\s*")]
    private static partial Regex MadeOn();

    /// <summary>
    /// "Lyon, le 3 mars 2025" (or "Lyon,le …", the space lost in OCR) at the start of a line; not a reception stamp
    /// ("REÇU LE 05 JAN. 2026") nor a birth or a death ("DUPUIS, née le 08/07/1952").
    /// </summary>
    [GeneratedRegex(@"(?m)^(?![^\n]{0,25}\b(?:recu|arrive|arrivee|enregistre|enregistree|courrier arrive)\s+le\b)[^\n]{0,40}?[a-z](?<!\b(?:ne|nee|nes|nees|decede|decedee))(?:,\s*|\s+)le\s*(?=\d|[0-9oli]{1,2}\s?[/.]|1er|\d{1,2}\s+[a-z])")]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"(?:^|\s)(?:docteur|dr\.?|professeur|pr\.?)\s+(?=[a-z])")]
    private static partial Regex DoctorTitle();

    [GeneratedRegex(@"(?:\bje soussigne(?:e|\(e\))?|\bsoussigne(?:e|\(e\))?|\bexperte?\b(?: judiciaire| designee?| medical)?\s*:?)\s*,?\s*(?:le |la )?(?:docteur|dr\.?|professeur|pr\.?)?\s*(?=[a-z])")]
    private static partial Regex SignerLead();

    /// <summary>A CCI file number (CCI-YYYY-NNNNNN) cited in the text.</summary>
    public static ExtractedField? FileNumber(DocumentText doc, string key)
    {
        var m = CciNumber().Match(doc.Folded);
        if (!m.Success) return null;
        return Prose.At(doc, key, $"CCI-{m.Groups[1].Value}-{m.Groups[2].Value}", m.Index, m.Length, 0.95, true);
    }

    /// <summary>
    /// The date a document was written: "fait à X, le …" (the last one when <paramref name="preferLast"/>), else the
    /// first "X, le …" line whose place starts with a capital (not "DUPUIS, née le …"); that line first when
    /// <paramref name="headerFirst"/> (a letter is dated at its head).
    /// </summary>
    public static ExtractedField? DocumentDate(DocumentText doc, string key, bool preferLast = true, bool headerFirst = false)
    {
        var made = Prose.DatesAfter(doc, MadeOn(), 30).Select(x => x.Date).ToList();
        // a place is a name: "Roanne, le 25 décembre 2025", not the end of a sentence wrapped onto its own line
        // ("veineux central le 22/05/2023.")
        var header = Prose.DatesAfter(doc, PlaceDate(), 5).Where(x => StartsWithCapital(doc.Raw, x.Match.Index)).Select(x => x.Date).ToList();
        if (headerFirst && header.Count > 0) return Prose.DateField(doc, key, header[0], 0.8);
        if (made.Count > 0) return Prose.DateField(doc, key, preferLast ? made[^1] : made[0], 0.85);
        if (header.Count > 0) return Prose.DateField(doc, key, header[0], 0.75);
        return null;
    }

    private static bool StartsWithCapital(string raw, int index)
    {
        for (int i = index; i < raw.Length && raw[i] != '\n'; i++)
            if (char.IsLetter(raw[i])) return char.IsUpper(raw[i]);
        return false;
    }

    /// <summary>The doctor who signs ("Je soussigné, Docteur …", "Expert : Dr …"), else the first "Docteur/Dr …".</summary>
    public static ExtractedField? Doctor(DocumentText doc, string key)
    {
        foreach (Match m in SignerLead().Matches(doc.Folded))
            if (Prose.NameAt(doc, m.Index + m.Length) is { } n && n.Text.Split(' ').Any(w => w.Length > 1))
                return Prose.At(doc, key, n.Text, n.Start, n.Length, 0.85);
        foreach (Match m in DoctorTitle().Matches(doc.Folded))
            if (Prose.NameAt(doc, m.Index + m.Length) is { } n && n.Text.Split(' ').Any(w => w.Length > 1))
                return Prose.At(doc, key, n.Text, n.Start, n.Length, 0.7);
        return null;
    }
}

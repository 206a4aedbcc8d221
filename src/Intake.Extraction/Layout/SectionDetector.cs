using Intake.Domain.Parsing;

namespace Intake.Extraction.Layout;

/// <summary>
/// Assigns cerfa section numbers to lines from the numbered titles ("1. La victime", "II. Le demandeur",
/// "3. Avocat", "4. Les faits", "5. Les préjudices", "6. Autres procédures", "7. Signature / Fait à"). Sections
/// go forward, except that a numbered title naming its section, or an unnumbered first title under the form's own
/// title, starts them again (after a notice page).
/// </summary>
public static class SectionDetector
{
    private static readonly (int Section, string[] Keywords)[] Titles =
    [
        (1, ["victime"]),
        (2, ["demandeur"]),
        (3, ["avocat", "conseil"]),
        (4, ["faits"]),
        (5, ["prejudices", "prejudice"]),
        (6, ["procedures", "procedure"]),
        (7, ["signature", "engagement", "declaration", "attestation"]),
    ];

    public static void Assign(IReadOnlyList<FormLine> lines)
    {
        int current = 0;
        bool formTitleSince = false;
        foreach (var line in lines)
        {
            var s = Detect(line, current, formTitleSince);
            if (s is not null)
            {
                current = s.Value;
                line.IsHeading = true;
                formTitleSince = false;
            }
            else if (IsFormTitle(line)) formTitleSince = true;
            line.Section = current;
        }
    }

    /// <summary>The form's own title, "DEMANDE D'INDEMNISATION", where the form proper starts after a notice.</summary>
    private static bool IsFormTitle(FormLine line) =>
        line.Keys.Count <= 4 && line.Keys.Any(k => EditDistance.FuzzyEquals(k, "demande"))
        && line.Keys.Any(k => EditDistance.FuzzyEquals(k, "dindemnisation") || EditDistance.FuzzyEquals(k, "indemnisation"));

    private static readonly HashSet<string> Articles = ["la", "le", "les", "l", "lavictime", "autres", "vos", "votre", "des", "du"];

    private static int? Detect(FormLine line, int current, bool formTitleSince)
    {
        // a title's words before its parenthesis: "Le demandeur (si différent de la victime)"
        int bracket = line.Words.ToList().FindIndex(w => w.Text.StartsWith('('));
        var keys = bracket > 0 ? line.Keys.Take(bracket).ToList() : line.Keys;
        if (keys.Count == 0 || keys.Count > 9 || line.Text.Contains('?') || line.Text.TrimEnd(' ', ':').Contains(':')) return null;
        // "Partie 1 - La victime", "Section 4 : les faits": the number after a word that says it is a part
        int lead = line.Words.Count > 2 && PartWords.Contains(keys[0]) ? 1 : 0;
        int? number = LeadingNumber(line.Words[lead].Text);
        int first = number is null ? 0 : lead + 1;
        int k = first;
        while (k < keys.Count && keys[k].Length == 0) k++; // the dash of "Partie 1 - La victime"
        while (k < keys.Count && k < first + 2 && Articles.Contains(keys[k])) k++;
        if (k >= keys.Count) return null;
        // an unnumbered line ending in a colon is a label ("Victime décédée :"), not a title
        if (number is null && line.Text.TrimEnd().EndsWith(':')) return null;
        foreach (var (section, words) in Titles)
        {
            if (section <= current)
            {
                // The sections start again at a numbered title that spells its own keyword ("1. La victime" after a
                // notice whose headings read like the last sections: "Autres procédures"); an unnumbered title goes
                // back only to the first section, under the form's own title (next test).
                if (number == section && keys.Count <= 6 && words.Any(w => EditDistance.FuzzyEquals(keys[k], w))) return section;
                // ...and at an unnumbered first title ("VICTIME") under the form's own title: the headings before
                // were a notice's ("Procédures en cours")
                if (section == 1 && number is null && formTitleSince && keys.Count <= 4 && words.Any(w => Unnumbered(keys[k], w))) return section;
                continue;
            }
            // a title numbered as this section may name it after another word or two: "7. Date et signature"
            if (number == section && keys.Skip(k).Take(3).Any(key => words.Any(w => EditDistance.FuzzyEquals(key, w)))) return section;
            // an unnumbered title must spell its keyword (one OCR slip at most): "DEMANDE D'INDEMNISATION" is not "Le demandeur"
            if (!words.Any(w => number is null ? Unnumbered(keys[k], w) : EditDistance.FuzzyEquals(keys[k], w))) continue;
            // a short title spelling a later section's keyword, whatever its number: editions number their parts
            // differently ("II. Avocat" where the cerfa's lawyer is part 3)
            if (keys.Count <= 4) return section;
            if (number is not null && keys.Count <= 6 && section == current + 1) return section;
        }
        return null;
    }

    private static readonly HashSet<string> PartWords = ["partie", "section", "rubrique", "cadre", "volet", "chapitre"];

    private static bool Unnumbered(string key, string keyword) =>
        key.Length == keyword.Length && EditDistance.Levenshtein(key, keyword) <= 1;

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII"];

    /// <summary>A title's number: a figure ("4.", "4)") or a roman numeral ("IV.", "VII -").</summary>
    private static int? LeadingNumber(string word)
    {
        var t = word.Trim().TrimEnd('.', ',', ')', '-', '°');
        int roman = Array.IndexOf(Roman, t);
        if (roman >= 0) return roman + 1;
        if (t.Length != 1) return null;
        var d = OcrDigits.ToDigit(t[0]);
        return d is >= '1' and <= '7' ? d - '0' : null;
    }
}

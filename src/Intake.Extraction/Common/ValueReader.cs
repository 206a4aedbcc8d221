using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Checkboxes;

namespace Intake.Extraction.Common;

/// <summary>
/// Turns the words found for a field into a typed, validated <see cref="ExtractedField"/>. Its confidence weighs
/// the words' OCR confidence, how the value was located and what its validators say (<see cref="Confidence"/>):
/// a NIR key or an e-mail's shape are checks; a date, a postcode or a phone number only fail when malformed; text
/// with box borders, stray signs or the length of prose fails (<see cref="ValueChecks"/>).
/// </summary>
public static partial class ValueReader
{
    /// <summary>A 0 or 1 among the letters of a domain name (between letters, after a dot or at its start).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[a-z])[01](?=[a-z.])|(?<=^|[a-z.])[01](?=[a-z])")]
    private static partial System.Text.RegularExpressions.Regex DomainLetters();

    public static ExtractedField? FromWords(string key, FieldKind kind, IReadOnlyList<Word> words, int page, double method = 0.9)
    {
        words = WithoutDebris(words);
        if (words.Count == 0) return null;
        var text = TextFolding.CollapseSpaces(string.Join(' ', words.Select(w => w.Text)));
        var box = BBox.Union(words.Select(w => w.Box));
        var ocr = Confidence.OfWords(words.Select(w => w.Confidence).ToList());
        return FromText(key, kind, text, page, box, ocr, method);
    }

    /// <summary>
    /// The value's words without the specks at its ends that the OCR made of a box's edges or of dirt beside the
    /// writing ("Ajaccio (2A) En", "62 rue des Lilas DS", "… de Niort »"): one or two characters without a figure,
    /// read with a confidence below <see cref="DebrisConfidence"/>. A lone word is kept (the value may be that short).
    /// </summary>
    public static IReadOnlyList<Word> WithoutDebris(IReadOnlyList<Word> words)
    {
        int from = 0, to = words.Count;
        while (to - from > 1 && IsDebris(words[to - 1])) to--;
        while (to - from > 1 && IsDebris(words[from])) from++;
        return from == 0 && to == words.Count ? words : words.Skip(from).Take(to - from).ToList();
    }

    /// <summary>Below this OCR confidence a one- or two-character word at a value's end is a speck, not writing.</summary>
    public const double DebrisConfidence = 0.5;

    private static bool IsDebris(Word w)
    {
        var t = w.Text.Trim();
        return w.Confidence < DebrisConfidence && t.Length <= 2 && !t.Any(char.IsDigit);
    }

    /// <summary>Keys that hold a place name (a commune, a town of birth or of signature).</summary>
    private static readonly HashSet<string> PlaceKeys =
        [FieldKeys.VictimeCommune, FieldKeys.VictimeLieuNaissance, FieldKeys.FaitsEtablissementCommune, FieldKeys.SignatureLieu];

    public static ExtractedField? FromText(string key, FieldKind kind, string text, int page, BBox? box, double ocr, double method = 0.9)
    {
        text = TextFolding.CollapseSpaces(text).Trim(' ', ':', ';', ',');
        if (text.Length == 0) return null;
        ExtractedField Make(object v, Check check) => new(key, v, Confidence.Of(ocr, check, method), page, box);
        switch (kind)
        {
            case FieldKind.Text:
            case FieldKind.LongText:
                if (!text.Any(char.IsLetterOrDigit)) return null;
                var textCheck = ValueChecks.Text(text, kind == FieldKind.LongText);
                if (textCheck == Check.None && key.EndsWith(".adresse", StringComparison.Ordinal)) textCheck = ValueChecks.Address(text);
                if (textCheck == Check.None && PlaceKeys.Contains(key)) textCheck = ValueChecks.Place(text);
                // a bracket opened and never closed is the edge of the box read as "(" ("(70 rue des Lilas"): not
                // part of the value, though the reading stays as doubtful as the check found it
                if (text[0] == '(' && !text.Contains(')')) text = text[1..].TrimStart();
                return Make(text, textCheck);
            case FieldKind.PersonName:
            {
                var n = PersonNameParser.StripTitles(text);
                return n.Any(char.IsLetter) ? Make(n, ValueChecks.Name(n)) : null;
            }
            case FieldKind.Date:
            case FieldKind.BirthDate:
            {
                var dates = FrenchDateParser.FindAll(text, kind == FieldKind.BirthDate ? 25 : 40);
                if (dates.Count == 0)
                    return BoxedDate.Read(text, kind == FieldKind.BirthDate ? 25 : 40, out bool loose) is { } boxed ? Make(boxed, loose ? Check.Failed : Check.None) : null;
                var d = dates[0];
                // figures left over around the date ("00/14/1961 3") are a misreading somewhere
                bool clean = d.RepairedChars == 0 && text.Remove(d.Index, d.Length).Count(char.IsDigit) == 0;
                return Make(d.Value, clean ? Check.None : Check.Failed);
            }
            case FieldKind.Postcode:
            {
                var token = text.Split(' ').FirstOrDefault(t => t.Length == 5) ?? text;
                if (ContactParsers.TryParsePostcode(token, out var pc)) return Make(pc, Check.None);
                var digits = new string(text.Where(char.IsDigit).ToArray());
                return digits.Length >= 4 ? Make(digits, Check.Failed) : null;
            }
            case FieldKind.Phone:
            {
                if (ContactParsers.TryParsePhone(text, out var ph)) return Make(ph, Check.None);
                var digits = new string(text.Where(char.IsDigit).ToArray());
                return digits.Length >= 6 ? Make(digits, Check.Failed) : null;
            }
            case FieldKind.Email:
            {
                if (!ContactParsers.TryParseEmail(text, out var e))
                    return text.Contains('@') ? Make(text.Replace(" ", ""), Check.Failed) : null;
                // a digit among the letters of the domain is a misread letter ("@0range.fr"): repaired, with doubt
                var domain = e[(e.IndexOf('@') + 1)..];
                var repaired = DomainLetters().Replace(domain, m => m.Value == "0" ? "o" : "l");
                return repaired == domain ? Make(e, Check.None) : Make(e[..(e.IndexOf('@') + 1)] + repaired, Check.Failed);
            }
            case FieldKind.Nir:
            {
                var m = NirReader.Best(text);
                if (m is not null) return Make(m.Value.Value, m.Value.Valid ? Check.Passed : Check.Failed);
                var raw = Domain.Identity.Nir.Normalize(text);
                if (raw.Count(char.IsDigit) < 13) return null;
                return Make(raw, raw.Length == 15 && Domain.Identity.Nir.IsValid(raw) ? Check.Passed : Check.Failed);
            }
            case FieldKind.Rate:
            {
                if (FrenchNumberParser.TryParseRate(text, out var r)) return Make(r, Check.None);
                var first = text.Split(' ')[0];
                return FrenchNumberParser.TryParseRate(first, out r) ? Make(r, Check.Failed) : null;
            }
            case FieldKind.YesNo:
            {
                var (mark, rest) = CheckMarks.SplitGluedMark(text);
                return FrenchBoolean.TryParse(mark == MarkState.None ? text : rest, out var b) ? Make(b, Check.None) : null;
            }
            case FieldKind.Periods:
            {
                var periods = PeriodParser.FindAll(text).Select(p => p.Period).Distinct().ToList();
                return periods.Count == 0 ? null : new ExtractedField(key, (IReadOnlyList<Period>)periods, Confidence.Of(ocr, Check.None, method), page, null);
            }
            default:
                return Make(text, Check.None);
        }
    }
}

using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Checkboxes;

namespace Intake.Extraction.Common;

/// <summary>Turns the words found for a field into a typed, validated <see cref="ExtractedField"/>.</summary>
public static class ValueReader
{
    public static ExtractedField? FromWords(string key, FieldKind kind, IReadOnlyList<Word> words, int page, double method = 0.9)
    {
        if (words.Count == 0) return null;
        var text = TextFolding.CollapseSpaces(string.Join(' ', words.Select(w => w.Text)));
        var box = BBox.Union(words.Select(w => w.Box));
        var ocr = words.Average(w => w.Confidence);
        return FromText(key, kind, text, page, box, ocr, method);
    }

    public static ExtractedField? FromText(string key, FieldKind kind, string text, int page, BBox? box, double ocr, double method = 0.9)
    {
        text = TextFolding.CollapseSpaces(text).Trim(' ', ':', ';', ',');
        if (text.Length == 0) return null;
        ExtractedField Make(object v, bool? valid) => new(key, v, Confidence.Of(ocr, valid, method), page, box);
        switch (kind)
        {
            case FieldKind.Text:
            case FieldKind.LongText:
                return text.Any(char.IsLetterOrDigit) ? Make(text, null) : null;
            case FieldKind.PersonName:
            {
                var n = PersonNameParser.StripTitles(text);
                return n.Any(char.IsLetter) ? Make(n, n.Any(char.IsDigit) ? false : null) : null;
            }
            case FieldKind.Date:
            case FieldKind.BirthDate:
            {
                var dates = FrenchDateParser.FindAll(text, kind == FieldKind.BirthDate ? 25 : 40);
                if (dates.Count == 0)
                    return BoxedDate.Read(text, kind == FieldKind.BirthDate ? 25 : 40) is { } boxed ? Make(boxed, true) : null;
                var d = dates[0];
                return Make(d.Value, d.RepairedChars == 0 ? true : false);
            }
            case FieldKind.Postcode:
            {
                var token = text.Split(' ').FirstOrDefault(t => t.Length == 5) ?? text;
                if (ContactParsers.TryParsePostcode(token, out var pc)) return Make(pc, true);
                var digits = new string(text.Where(char.IsDigit).ToArray());
                return digits.Length >= 4 ? Make(digits, false) : null;
            }
            case FieldKind.Phone:
            {
                if (ContactParsers.TryParsePhone(text, out var ph)) return Make(ph, true);
                var digits = new string(text.Where(char.IsDigit).ToArray());
                return digits.Length >= 6 ? Make(digits, false) : null;
            }
            case FieldKind.Email:
                return ContactParsers.TryParseEmail(text, out var e) ? Make(e, true)
                    : text.Contains('@') ? Make(text.Replace(" ", ""), false) : null;
            case FieldKind.Nir:
            {
                var m = NirReader.Best(text);
                if (m is not null) return Make(m.Value.Value, m.Value.Valid);
                var raw = Domain.Identity.Nir.Normalize(text);
                return raw.Count(char.IsDigit) >= 13 ? Make(raw, false) : null;
            }
            case FieldKind.Rate:
            {
                if (FrenchNumberParser.TryParseRate(text, out var r)) return Make(r, true);
                var first = text.Split(' ')[0];
                return FrenchNumberParser.TryParseRate(first, out r) ? Make(r, true) : null;
            }
            case FieldKind.YesNo:
            {
                var (mark, rest) = CheckMarks.SplitGluedMark(text);
                return FrenchBoolean.TryParse(mark == MarkState.None ? text : rest, out var b) ? Make(b, null) : null;
            }
            case FieldKind.Periods:
            {
                var periods = PeriodParser.FindAll(text).Select(p => p.Period).Distinct().ToList();
                return periods.Count == 0 ? null : new ExtractedField(key, (IReadOnlyList<Period>)periods, Confidence.Of(ocr, null, method), page, null);
            }
            default:
                return Make(text, null);
        }
    }
}

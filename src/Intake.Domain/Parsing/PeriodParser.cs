using System.Text.RegularExpressions;
using Intake.Domain.Fields;

namespace Intake.Domain.Parsing;

/// <summary>A period found in a text ("du 01/03/2021 au 15/10/2021").</summary>
public readonly record struct PeriodMatch(int Index, int Length, Period Period)
{
    public int End => Index + Length;
}

/// <summary>
/// Periods written "du … au …", "du … jusqu'au (inclus) …", "du … inclus au … inclus", "à compter du … jusqu'au …",
/// "entre le … et le …".
/// </summary>
public static partial class PeriodParser
{
    /// <summary>
    /// What joins the two dates: "au" (or its OCR readings "av", "an"), "jusqu'au", "et le", a dash, with "inclus"
    /// on either side and the marks a scan leaves around dates written in frames ("[14/03/2022 | jusqu'au (inclus)
    /// [28/05/2022").
    /// </summary>
    [GeneratedRegex(@"^[\s|\[\](),.:;_]*(?:inclus[\s|\[\](),.:;_]*)?(?:au|av|an|a|jusqu'au|jusqu'a|jusqu'\s?au|jusqu\s?au|et le|et|-|–)[\s:]*(?:\(?\s*inclus\s*\)?)?[\s|\[\](),.:;_]*(?:le\s+)?[\s|\[\](),.:;_]*$")]
    private static partial Regex Between();

    [GeneratedRegex(@"(?:\bdu|\bde|\bdepuis le|\ba compter du|\bentre le|\ble)\s*$")]
    private static partial Regex Before();

    /// <summary>Every period whose two dates are joined by "au"/"jusqu'au"/"et le"; the start must precede the end.</summary>
    /// <param name="requireLeadingDu">When true, the first date must follow "du", "depuis le", "entre le"…</param>
    public static IReadOnlyList<PeriodMatch> FindAll(string text, bool requireLeadingDu = false)
    {
        var folded = TextFolding.Fold(text);
        var dates = FrenchDateParser.FindAll(text);
        var result = new List<PeriodMatch>();
        for (int i = 0; i + 1 < dates.Count; i++)
        {
            var a = dates[i];
            var b = dates[i + 1];
            var gap = folded[a.End..b.Index];
            if (gap.Length > 30 || !Between().IsMatch(gap)) continue;
            int start = a.Index;
            var before = folded[Math.Max(0, a.Index - 20)..a.Index];
            var lead = Before().Match(before);
            if (lead.Success) start = a.Index - (before.Length - lead.Index);
            else if (requireLeadingDu) continue;
            if (b.Value < a.Value) continue;
            result.Add(new PeriodMatch(start, b.End - start, new Period(a.Value, b.Value)));
            i++;
        }
        return result;
    }
}

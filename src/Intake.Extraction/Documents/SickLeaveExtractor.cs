using System.Text.RegularExpressions;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Common;
using Intake.Extraction.Text;

namespace Intake.Extraction.Documents;

/// <summary>
/// Sick-leave notices (initial or prolongation) and daily-allowance statements: the leave periods and the insured's
/// name. A period is two dates joined as a period ("du … au …", "du … jusqu'au (inclus) …", "à compter du …
/// jusqu'au …"), a start and an end given by labels ("Date de début … Date de fin …"), or a row of a statement
/// whose columns are the start and the end (one period per row).
/// </summary>
public sealed partial class SickLeaveExtractor : IFieldExtractor
{
    [GeneratedRegex(@"\b(?:date (?:de )?)?debut(?: de l'arret| d'arret| de la periode)?\s*:?\s*")]
    private static partial Regex Start();

    [GeneratedRegex(@"\b(?:date (?:de )?)?fin(?: de l'arret| d'arret| de la periode)?\b\s*:?\s*|jusqu'au\s*(?::\s*)?(?:\(?inclus\)?\s*:?\s*)?")]
    private static partial Regex End();

    /// <summary>A table header announcing rows of periods: "Du … Au", "Début … Fin", "Période".</summary>
    [GeneratedRegex(@"\bdu\b[^\n]*\bau\b|\bdebut\b[^\n]*\bfin\b|\bperiodes?\b|\bdate de debut\b")]
    private static partial Regex PeriodHeader();

    /// <summary>Dates that are no leave bound: a birth, a payment, an issue, an initial leave recalled.</summary>
    [GeneratedRegex(@"\bne\(?e?\)? le|\bnee? le|\bpaiement|\bverse|\bedite|\bimprime|\bfait a|\bfait le|\binitial\b[^\n]{0,25}:")]
    private static partial Regex NotABound();

    public string Type => DocumentType.ArretTravail;

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var doc = new DocumentText(pages);
        var set = new FieldSet();
        var found = PeriodParser.FindAll(doc.Raw).ToList();
        var periods = found.Select(p => p.Period).ToList();
        var used = found.Select(p => (p.Index, p.End)).ToList();
        bool Used(DateMatch d) => used.Any(u => d.Index >= u.Index && d.Index < u.End);

        var starts = Prose.DatesAfter(doc, Start(), 25).Select(x => x.Date).Where(d => !Used(d)).ToList();
        var ends = Prose.DatesAfter(doc, End(), 25).Select(x => x.Date).Where(d => !Used(d)).ToList();
        for (int i = 0; i < Math.Min(starts.Count, ends.Count); i++)
            if (ends[i].Value >= starts[i].Value && Plausible(starts[i].Value, ends[i].Value))
            {
                periods.Add(new Period(starts[i].Value, ends[i].Value));
                used.Add((starts[i].Index, starts[i].End));
                used.Add((ends[i].Index, ends[i].End));
            }
        var rows = Rows(doc, Used);
        periods.AddRange(rows);
        periods = periods.Distinct().OrderBy(p => p.Debut).ToList();
        if (periods.Count > 0)
        {
            double conf = found.Count > 0 ? found.Min(p => doc.Locate(p.Index, p.Length).Confidence) : 0.8;
            int page = found.Count > 0 ? doc.Locate(found[0].Index, 1).Page : doc.Pages.Count > 0 ? doc.Pages[0].Number : 1;
            // joined by words ("du … au …") the periods are sure; bounds from labels or columns less so
            double method = found.Count == periods.Count ? 0.9 : 0.8;
            set.Add(new ExtractedField(FieldKeys.ArretPeriodes, (IReadOnlyList<Period>)periods, Confidence.Of(conf, null, method), page, null));
        }
        VictimIdentityFinder.AddTo(doc, set);
        return set.ToList();
    }

    private static bool Plausible(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber <= 3 * 366;

    /// <summary>
    /// Rows of a statement under a header of periods: a line whose first two dates are a start and an end, and
    /// that no birth, payment or issue wording marks as something else.
    /// </summary>
    private static List<Period> Rows(DocumentText doc, Func<DateMatch, bool> used)
    {
        var result = new List<Period>();
        bool underHeader = false;
        int i = 0;
        while (i < doc.Raw.Length)
        {
            int end = doc.LineEnd(i);
            var folded = doc.Folded[i..end];
            var dates = doc.Dates.Where(d => d.Index >= i && d.End <= end).ToList();
            if (dates.Count == 0 && PeriodHeader().IsMatch(folded)) underHeader = true;
            else if (underHeader && dates.Count >= 2 && !dates.Take(2).Any(used) && !NotABound().IsMatch(folded)
                     && dates[1].Value >= dates[0].Value && Plausible(dates[0].Value, dates[1].Value)
                     && doc.Folded[dates[0].End..dates[1].Index].Trim().Length <= 3)
                result.Add(new Period(dates[0].Value, dates[1].Value));
            i = end + 1;
        }
        return result;
    }
}

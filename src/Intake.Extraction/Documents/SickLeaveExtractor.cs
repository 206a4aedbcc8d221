using System.Text.RegularExpressions;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Common;
using Intake.Extraction.Text;

namespace Intake.Extraction.Documents;

/// <summary>Sick-leave notices and daily-allowance statements: the leave periods and the insured's name.</summary>
public sealed partial class SickLeaveExtractor : IFieldExtractor
{
    [GeneratedRegex(@"date (?:de )?debut(?: de l'arret)?\s*:?\s*")]
    private static partial Regex Start();

    [GeneratedRegex(@"date (?:de )?fin(?: de l'arret)?\s*:?\s*|jusqu'au\s*(?::\s*)?(?:inclus\s*)?")]
    private static partial Regex End();

    public string Type => DocumentType.ArretTravail;

    public IReadOnlyList<ExtractedField> Extract(IReadOnlyList<PageText> pages, IReadOnlyList<FormField> formFields)
    {
        var doc = new DocumentText(pages);
        var set = new FieldSet();
        var found = PeriodParser.FindAll(doc.Raw).ToList();
        var periods = found.Select(p => p.Period).ToList();
        var starts = Prose.DatesAfter(doc, Start(), 25).Select(x => x.Date).ToList();
        var ends = Prose.DatesAfter(doc, End(), 25).Select(x => x.Date).ToList();
        for (int i = 0; i < Math.Min(starts.Count, ends.Count); i++)
            if (ends[i].Value >= starts[i].Value && !found.Any(p => p.Index <= starts[i].Index && starts[i].Index < p.End))
                periods.Add(new Period(starts[i].Value, ends[i].Value));
        periods = periods.Distinct().OrderBy(p => p.Debut).ToList();
        if (periods.Count > 0)
        {
            double conf = found.Count > 0 ? found.Min(p => doc.Locate(p.Index, p.Length).Confidence) : 0.8;
            int page = found.Count > 0 ? doc.Locate(found[0].Index, 1).Page : doc.PageAt(starts[0].Index);
            set.Add(new ExtractedField(FieldKeys.ArretPeriodes, (IReadOnlyList<Period>)periods, Confidence.Of(conf, null, 0.85), page, null));
        }
        VictimIdentityFinder.AddTo(doc, set);
        return set.ToList();
    }
}

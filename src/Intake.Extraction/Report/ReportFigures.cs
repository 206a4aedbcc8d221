using System.Text.RegularExpressions;
using Intake.Domain.Fields;
using Intake.Domain.Parsing;
using Intake.Extraction.Common;
using Intake.Extraction.Text;

namespace Intake.Extraction.Report;

/// <summary>
/// Figures of an expert report: AIPP/DFP rate, DFT periods with their rates (classe I=10 … IV=75, total=100),
/// periods of stopped professional activity (ATAP), consolidation, pain endured and aesthetic damage (x/7).
/// The last statement in the document wins: conclusions come last.
/// </summary>
public static partial class ReportFigures
{
    [GeneratedRegex(@"(?:\baipp\b|a\.i\.p\.p|\bdfp\b|d\.f\.p|deficit fonctionnel permanent|atteinte (?:permanente )?a l'integrite physique et psychique|taux d'incapacite permanente|\bipp\b)[^%\n]{0,90}?(\d{1,3}(?:[,.]\d{1,2})?)\s*(?:%|pour\s?cent)")]
    private static partial Regex Aipp();

    /// <summary>The rate written before its name: "Nous fixons à 10 % le taux du déficit fonctionnel permanent", "8 % d'AIPP".</summary>
    [GeneratedRegex(@"(\d{1,3}(?:[,.]\d{1,2})?)\s*(?:%|pour\s?cent)\s*(?:le taux (?:du |de l'|d')|d'|de |au titre (?:du |de l'))?\s*(?:aipp\b|a\.i\.p\.p|dfp\b|d\.f\.p|deficit fonctionnel permanent|atteinte (?:permanente )?a l'integrite|ipp\b)")]
    private static partial Regex AippAfterRate();

    [GeneratedRegex(@"(?:\baipp\b|\bdfp\b|deficit fonctionnel permanent)\s*:?\s*(?:neant|nul|0\b|sans objet)|(?:pas d'|aucun(?:e)? |absence d')(?:aipp|dfp|deficit fonctionnel permanent|atteinte permanente)")]
    private static partial Regex AippNone();

    [GeneratedRegex(@"\bdft\b|deficit fonctionnel temporaire|gene temporaire|\bgt[tp]\b|incapacite temporaire|\bitt\b|\bitp\b")]
    private static partial Regex DftWord();

    [GeneratedRegex(@"\batap\b|activites? professionnelles?|arrets? de travail|arret d'activite|arret des activites|cessation d'activite")]
    private static partial Regex AtapWord();

    /// <summary>"Pas d'arrêt temporaire des activités professionnelles", "ATAP : néant", "… : sans objet (retraitée)".</summary>
    [GeneratedRegex(@"(?:pas d'|aucun |absence d'|ni )(?:arret temporaire des activites professionnelles|atap\b|arret de travail|arret d'activite|arret des activites)|(?:\batap\b|arret temporaire des activites professionnelles|arrets? de travail(?: imputables?)?)\)?\s*:?\s*(?:neant|sans objet|aucun|nul\b|non retenu)")]
    private static partial Regex AtapNone();

    [GeneratedRegex(@"^\s*[:(,\-]?\s*(?:soit\s+)?(?:au taux de\s+)?(?:\(?\s*\d{1,3}\s*%|\(?\s*classe\s+(?:iv|iii|ii|i|4|3|2|1)\b|total)")]
    private static partial Regex DirectRate();

    [GeneratedRegex(@"(\d{1,3})\s*%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"classe\s+(iv|iii|ii|i|4|3|2|1)\b")]
    private static partial Regex Classe();

    [GeneratedRegex(@"\btota(?:l|le|ux)\b")]
    private static partial Regex Total();

    [GeneratedRegex(@"souffrances? endurees?[^0-9\n]{0,60}?(\d(?:[,.]\d{1,2})?)\s*(/\s*7|sur\s*7)?")]
    private static partial Regex Souffrances();

    [GeneratedRegex(@"prejudice esthetique( (?:permanent|definitif))?( temporaire)?[^0-9\n]{0,60}?(\d(?:[,.]\d{1,2})?)\s*(/\s*7|sur\s*7)?")]
    private static partial Regex Esthetique();

    [GeneratedRegex(@"non[\s-]consolide|pas (?:encore )?consolide|n'est pas (?:encore )?consolide|consolidation n'est pas|consolidation (?:non|pas) (?:encore )?acquise|pas (?:encore )?de consolidation|ne (?:peut|peuvent) (?:pas )?(?:encore )?etre (?:fixee|acquise)|pas encore acquise|absence de consolidation")]
    private static partial Regex NotConsolidated();

    [GeneratedRegex(@"consolid")]
    private static partial Regex ConsolidWord();

    public static void AddTo(DocumentText doc, IReadOnlyList<Sentence> sentences, FieldSet set)
    {
        AddAipp(doc, set);
        AddPeriods(doc, set);
        AddConsolidation(doc, sentences, set);
        AddScale(doc, Souffrances(), 1, 2, FieldKeys.ExpertiseSouffrances, set, _ => true);
        AddEsthetique(doc, set);
    }

    private static void AddAipp(DocumentText doc, FieldSet set)
    {
        Match? last = null;
        foreach (Match m in Aipp().Matches(doc.Folded).Concat(AippAfterRate().Matches(doc.Folded)))
            if (last is null || m.Index > last.Index) last = m;
        Match? none = null;
        foreach (Match m in AippNone().Matches(doc.Folded)) none = m;
        if (none is not null && (last is null || none.Index > last.Index))
        {
            set.Add(Prose.At(doc, FieldKeys.ExpertiseAipp, 0, none.Index, none.Length, 0.75));
            return;
        }
        if (last is null) return;
        var g = last.Groups[1];
        if (!FrenchNumberParser.TryParseRate(g.Value, out var rate)) return;
        set.Add(Prose.At(doc, FieldKeys.ExpertiseAipp, rate, g.Index, last.Index + last.Length - g.Index, 0.85, true));
    }

    private static void AddPeriods(DocumentText doc, FieldSet set)
    {
        var periods = PeriodParser.FindAll(doc.Raw);
        var dft = new List<Period>();
        var atap = new List<Period>();
        int prevEnd = 0;
        double conf = 1;
        int? page = null;
        foreach (var p in periods)
        {
            var context = doc.Folded[Math.Max(0, p.Index - 300)..p.Index];
            int d = LastIndex(DftWord(), context), a = LastIndex(AtapWord(), context);
            var loc = doc.Locate(p.Index, p.Length);
            if (d >= 0 && d > a)
            {
                dft.Add(p.Period with { Taux = Rate(doc, p, prevEnd) });
                conf = Math.Min(conf, loc.Confidence);
                page ??= loc.Page;
            }
            else if (a >= 0)
            {
                atap.Add(p.Period);
                conf = Math.Min(conf, loc.Confidence);
                page ??= loc.Page;
            }
            prevEnd = p.End;
        }
        if (dft.Count > 0) set.Add(new ExtractedField(FieldKeys.ExpertiseDftPeriodes, (IReadOnlyList<Period>)dft.Distinct().ToList(), Confidence.Of(conf, null, 0.8), page!.Value, null));
        if (atap.Count > 0) set.Add(new ExtractedField(FieldKeys.ExpertiseAtapPeriodes, (IReadOnlyList<Period>)atap.Distinct().ToList(), Confidence.Of(conf, null, 0.8), page!.Value, null));
        else if (AtapNone().Match(doc.Folded) is { Success: true } none)
            set.Add(Prose.At(doc, FieldKeys.ExpertiseAtapPeriodes, (IReadOnlyList<Period>)[], none.Index, none.Length, 0.75));
    }

    private static int LastIndex(Regex r, string s)
    {
        int i = -1;
        foreach (Match m in r.Matches(s)) i = m.Index;
        return i;
    }

    /// <summary>The DFT rate written just before the period ("classe III (50 %)", "total"), else just after it.</summary>
    private static int? Rate(DocumentText doc, PeriodMatch p, int prevEnd)
    {
        int start = Math.Max(prevEnd, Math.Max(0, p.Index - 120));
        var before = doc.Folded[start..p.Index];
        var after = doc.Folded[p.End..Math.Min(doc.Folded.Length, Math.Min(doc.LineEnd(p.End), p.End + 40))];
        var direct = DirectRate().Match(after);
        if (direct.Success) return RateIn(direct.Value, last: false);
        return RateIn(before, last: true);
    }

    private static int? RateIn(string s, bool last)
    {
        var pm = Percent().Matches(s);
        if (pm.Count > 0)
        {
            var v = int.Parse((last ? pm[^1] : pm[0]).Groups[1].Value);
            if (v <= 100) return v;
        }
        var cm = Classe().Matches(s);
        if (cm.Count > 0)
            return (last ? cm[^1] : cm[0]).Groups[1].Value switch
            {
                "i" or "1" => 10, "ii" or "2" => 25, "iii" or "3" => 50, _ => 75,
            };
        return Total().IsMatch(s) ? 100 : null;
    }

    private static void AddConsolidation(DocumentText doc, IReadOnlyList<Sentence> sentences, FieldSet set)
    {
        ExtractedField? state = null, date = null;
        foreach (var s in sentences)
        {
            if (Sentences.IsMission(s)) continue;
            var w = ConsolidWord().Match(s.Folded);
            if (!w.Success) continue;
            if (NotConsolidated().IsMatch(s.Folded))
            {
                state = Prose.At(doc, FieldKeys.ExpertiseConsolide, false, s.Start, Math.Min(s.Length, 200), 0.8);
                date = null;
                continue;
            }
            var d = doc.Dates.FirstOrDefault(x => x.Index >= s.Start + w.Index && x.Index < s.End && x.Index - (s.Start + w.Index) <= 90);
            if (d.Length == 0) continue;
            date = Prose.DateField(doc, FieldKeys.ExpertiseDateConsolidation, d, 0.85);
            state = Prose.At(doc, FieldKeys.ExpertiseConsolide, true, s.Start + w.Index, d.End - s.Start - w.Index, 0.85);
        }
        set.Add(state);
        set.Add(date);
    }

    private static void AddScale(DocumentText doc, Regex r, int valueGroup, int scaleGroup, string key, FieldSet set, Func<Match, bool> accept)
    {
        Match? best = null;
        foreach (Match m in r.Matches(doc.Folded))
        {
            if (!accept(m) || !FrenchNumberParser.TryParseDecimal(m.Groups[valueGroup].Value, out var v) || v > 7) continue;
            var after = doc.Folded.Substring(m.Index + m.Length, Math.Min(3, doc.Folded.Length - m.Index - m.Length));
            if (after.StartsWith('/') && !m.Groups[scaleGroup].Success) continue; // a date, not a rating
            best = m;
        }
        if (best is null) return;
        FrenchNumberParser.TryParseDecimal(best.Groups[valueGroup].Value, out var value);
        var g = best.Groups[valueGroup];
        set.Add(Prose.At(doc, key, value, g.Index, best.Index + best.Length - g.Index, 0.85, best.Groups[scaleGroup].Success ? true : null));
    }

    private static void AddEsthetique(DocumentText doc, FieldSet set)
    {
        bool anyPermanent = Esthetique().Matches(doc.Folded).Any(m => m.Groups[1].Success);
        AddScale(doc, Esthetique(), 3, 4, FieldKeys.ExpertiseEsthetique, set,
            m => !m.Groups[2].Success && (!anyPermanent || m.Groups[1].Success));
    }
}

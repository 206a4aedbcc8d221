using Intake.Domain.Fields;
using Intake.Domain.Periods;

namespace Intake.Domain.Rules;

/// <summary>
/// The duration test shared by R-GRAV-ATAP and R-GRAV-DFT (D1142-1 al. 2; docs/rules.md defs 1–4): 6 consecutive
/// months in one merged period, or at least 183 days inside one 12-month window; and the borderline checks.
/// </summary>
internal sealed record TemporaryPeriodsTest(IReadOnlyList<Period> Merged, bool Consecutive, int BestWindowDays, bool Met, IReadOnlyList<string> Borderline)
{
    public static TemporaryPeriodsTest Run(IEnumerable<Period> periods, RuleSet set)
    {
        var merged = PeriodMath.Merge(periods);
        bool consecutive = PeriodMath.AnyLastsAtLeast(merged, set.TemporaryDurationMonths);
        int best = PeriodMath.BestWindowDays(merged, set.WindowMonths);
        var borderline = new List<string>();
        foreach (var p in merged)
        {
            int distance = PeriodMath.DistanceToMonthsMark(p, set.TemporaryDurationMonths);
            if (distance <= set.BorderlineDays)
                borderline.Add($"période du {Precedence.Fr(p.Debut)} au {Precedence.Fr(p.Fin)} à {distance} jour(s) des 6 mois");
        }
        if (merged.Count > 0 && Math.Abs(best - set.WindowDaysRequired) <= set.BorderlineDays)
            borderline.Add($"{best} jours sur la meilleure fenêtre de 12 mois");
        return new TemporaryPeriodsTest(merged, consecutive, best, consecutive || best >= set.WindowDaysRequired, borderline);
    }

    public string Describe() => Merged.Count == 0
        ? "aucune période"
        : $"{Merged.Count} période(s) fusionnée(s), {(Consecutive ? "dont une d'au moins 6 mois consécutifs" : "aucune de 6 mois consécutifs")}, au plus {BestWindowDays} jours sur 12 mois";
}

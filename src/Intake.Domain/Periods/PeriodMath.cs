using Intake.Domain.Calendar;
using Intake.Domain.Fields;

namespace Intake.Domain.Periods;

/// <summary>
/// Period arithmetic of docs/rules.md, precise definitions 2–4: merging overlapping and adjacent periods, the
/// consecutive test, the sliding 12-month window, and the distance to the 6-month mark.
/// </summary>
public static class PeriodMath
{
    /// <summary>
    /// Merges overlapping and adjacent periods (a stop ending on the 31st and one starting on the 1st are one
    /// stop). Periods ending before they start are ignored. The result is sorted and carries no rate.
    /// </summary>
    public static IReadOnlyList<Period> Merge(IEnumerable<Period> periods)
    {
        var merged = new List<Period>();
        foreach (var p in periods.Where(p => p.Fin >= p.Debut).OrderBy(p => p.Debut))
        {
            if (merged.Count > 0 && p.Debut.DayNumber <= merged[^1].Fin.DayNumber + 1)
            {
                var last = merged[^1];
                if (p.Fin > last.Fin) merged[^1] = new Period(last.Debut, p.Fin);
            }
            else
            {
                merged.Add(new Period(p.Debut, p.Fin));
            }
        }
        return merged;
    }

    /// <summary>True when one merged period alone lasts at least <paramref name="months"/> calendar months.</summary>
    public static bool AnyLastsAtLeast(IReadOnlyList<Period> merged, int months) =>
        merged.Any(p => CalendarMath.LastsAtLeast(p.Debut, p.Fin, months));

    /// <summary>
    /// The largest number of period days inside one window [W, W + N months − 1 day], W running over every day
    /// from the first merged period's start to the last one's end (definition 3). 0 when there is no period.
    /// </summary>
    public static int BestWindowDays(IReadOnlyList<Period> merged, int windowMonths)
    {
        if (merged.Count == 0) return 0;
        int first = merged.Min(p => p.Debut.DayNumber);
        int last = merged.Max(p => p.Fin.DayNumber);
        // prefix[i] = covered days in [first, first + i - 1]
        var prefix = new int[last - first + 2];
        var covered = new bool[last - first + 1];
        foreach (var p in merged)
            for (int d = p.Debut.DayNumber; d <= p.Fin.DayNumber; d++) covered[d - first] = true;
        for (int i = 0; i < covered.Length; i++) prefix[i + 1] = prefix[i] + (covered[i] ? 1 : 0);

        int best = 0;
        for (int w = first; w <= last; w++)
        {
            var start = DateOnly.FromDayNumber(w);
            int end = Math.Min(CalendarMath.MonthsMark(start, windowMonths).DayNumber, last);
            best = Math.Max(best, prefix[end - first + 1] - prefix[w - first]);
        }
        return best;
    }

    /// <summary>|end − ((start + N months) − 1 day)| in days: how far a period is from the N-month mark.</summary>
    public static int DistanceToMonthsMark(Period p, int months) =>
        Math.Abs(p.Fin.DayNumber - CalendarMath.MonthsMark(p.Debut, months).DayNumber);
}

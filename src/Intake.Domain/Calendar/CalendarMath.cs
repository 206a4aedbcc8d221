namespace Intake.Domain.Calendar;

/// <summary>
/// Calendar arithmetic of docs/rules.md, precise definition 1: "+ N months" keeps the day of month, clamped to the
/// month's last day (31 Aug + 6 months = 28/29 Feb); "+ N years" is + 12·N months; day counts include both ends.
/// </summary>
public static class CalendarMath
{
    /// <summary>Adds calendar months, clamping to the last day of the target month.</summary>
    public static DateOnly AddMonths(DateOnly date, int months) => date.AddMonths(months); // DateOnly clamps

    /// <summary>Adds calendar years as 12·N months (so 29 Feb + 1 year = 28 Feb).</summary>
    public static DateOnly AddYears(DateOnly date, int years) => date.AddMonths(12 * years);

    /// <summary>The last day a period starting on <paramref name="start"/> must reach to last N months: (start + N months) − 1 day.</summary>
    public static DateOnly MonthsMark(DateOnly start, int months) => AddMonths(start, months).AddDays(-1);

    /// <summary>True when the period [start, end] (both included) lasts at least N calendar months.</summary>
    public static bool LastsAtLeast(DateOnly start, DateOnly end, int months) => end >= MonthsMark(start, months);

    /// <summary>Number of days from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    public static int DayCount(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber + 1;

    /// <summary>True when a person born on <paramref name="birth"/> has reached <paramref name="years"/> on <paramref name="on"/>
    /// (turning 18 on that very day counts as 18).</summary>
    public static bool HasReachedAge(DateOnly birth, DateOnly on, int years) => on >= AddYears(birth, years);
}

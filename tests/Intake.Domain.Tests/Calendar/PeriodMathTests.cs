using Intake.Domain.Fields;
using Intake.Domain.Periods;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Calendar;

public class PeriodMathTests
{
    [Fact]
    public void Adjacent_periods_are_merged()
    {
        var merged = PeriodMath.Merge([P("2021-01-01", "2021-01-31"), P("2021-02-01", "2021-03-15")]);
        Assert.Equal([new Period(D("2021-01-01"), D("2021-03-15"))], merged);
    }

    [Fact]
    public void Overlapping_periods_are_merged_and_separate_ones_kept_sorted()
    {
        var merged = PeriodMath.Merge([P("2021-05-01", "2021-05-10"), P("2021-01-01", "2021-02-10"), P("2021-02-01", "2021-02-20")]);
        Assert.Equal([new Period(D("2021-01-01"), D("2021-02-20")), new Period(D("2021-05-01"), D("2021-05-10"))], merged);
    }

    [Fact]
    public void A_one_day_gap_is_not_merged() =>
        Assert.Equal(2, PeriodMath.Merge([P("2021-01-01", "2021-01-30"), P("2021-02-01", "2021-02-10")]).Count);

    [Fact]
    public void Inverted_periods_are_ignored() => Assert.Empty(PeriodMath.Merge([P("2021-02-01", "2021-01-01")]));

    [Fact]
    public void Three_plus_three_months_inside_twelve_reach_the_window()
    {
        // 2021-01-01..03-31 (90 days) + 2021-07-01..09-30 (92 days) + 1 day = 183 in one window
        var merged = PeriodMath.Merge([P("2021-01-01", "2021-03-31"), P("2021-07-01", "2021-10-01")]);
        Assert.Equal(183, PeriodMath.BestWindowDays(merged, 12));
    }

    [Fact]
    public void Similar_periods_spread_over_fourteen_months_do_not()
    {
        // 90 + 93 days from January 2021 to March 2022: the 244-day gap leaves at most 365 - 244 = 121 in a window
        var merged = PeriodMath.Merge([P("2021-01-01", "2021-03-31"), P("2021-12-01", "2022-03-03")]);
        Assert.Equal(121, PeriodMath.BestWindowDays(merged, 12));
    }

    [Fact]
    public void Window_counts_only_days_inside_it()
    {
        Assert.Equal(365, PeriodMath.BestWindowDays([P("2021-01-01", "2022-02-04")], 12));
        Assert.Equal(366, PeriodMath.BestWindowDays([P("2023-06-01", "2024-09-30")], 12)); // window over 29 Feb 2024
        Assert.Equal(0, PeriodMath.BestWindowDays([], 12));
    }

    [Fact]
    public void Distance_to_the_six_month_mark()
    {
        Assert.Equal(0, PeriodMath.DistanceToMonthsMark(P("2021-08-31", "2022-02-27"), 6));
        Assert.Equal(7, PeriodMath.DistanceToMonthsMark(P("2021-01-01", "2021-06-23"), 6));
        Assert.Equal(8, PeriodMath.DistanceToMonthsMark(P("2021-01-01", "2021-07-08"), 6));
    }
}

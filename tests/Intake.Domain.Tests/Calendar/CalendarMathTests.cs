using Intake.Domain.Calendar;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Calendar;

public class CalendarMathTests
{
    [Theory]
    [InlineData("2021-08-31", 6, "2022-02-28")]
    [InlineData("2023-08-31", 6, "2024-02-29")] // leap year
    [InlineData("2021-01-15", 6, "2021-07-15")]
    [InlineData("2020-02-29", 12, "2021-02-28")]
    [InlineData("2016-02-29", 120, "2026-02-28")]
    public void AddMonths_keeps_the_day_clamped_to_month_end(string from, int months, string expected) =>
        Assert.Equal(D(expected), CalendarMath.AddMonths(D(from), months));

    [Fact]
    public void Ten_years_is_120_months() =>
        Assert.Equal(CalendarMath.AddMonths(D("2012-02-29"), 120), CalendarMath.AddYears(D("2012-02-29"), 10));

    [Theory]
    [InlineData("2021-01-01", "2021-06-30", true)]   // exactly 6 months
    [InlineData("2021-01-01", "2021-06-29", false)]  // one day short
    [InlineData("2021-08-31", "2022-02-27", true)]   // (31 Aug + 6 months = 28 Feb) - 1 day = 27 Feb
    [InlineData("2021-08-31", "2022-02-26", false)]
    [InlineData("2023-08-31", "2024-02-28", true)]   // leap: 29 Feb - 1 day
    [InlineData("2023-08-31", "2024-02-27", false)]
    public void Six_month_test_follows_definition_1(string start, string end, bool lasts) =>
        Assert.Equal(lasts, CalendarMath.LastsAtLeast(D(start), D(end), 6));

    [Fact]
    public void Day_count_includes_both_ends() => Assert.Equal(31, CalendarMath.DayCount(D("2021-01-01"), D("2021-01-31")));

    [Theory]
    [InlineData("2008-01-05", "2026-01-05", true)]  // turns 18 on that day
    [InlineData("2008-01-06", "2026-01-05", false)] // one day short
    [InlineData("2008-02-29", "2026-02-28", true)]  // + 216 months clamps to 28 Feb
    public void Age_is_reached_on_the_anniversary(string birth, string on, bool reached) =>
        Assert.Equal(reached, CalendarMath.HasReachedAge(D(birth), D(on), 18));
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intake.Domain.Fields;
using Intake.Domain.Periods;
using Intake.Domain.Rules;

namespace Intake.Domain.Tests.Calendar;

/// <summary>Order, splitting and overlapping duplicates of periods never change the outcome.</summary>
public class PeriodPropertyTests
{
    private static readonly DateOnly Origin = new(2019, 1, 1);

    /// <summary>Up to 6 periods within ~3 years, each up to 300 days long.</summary>
    private static Period[] ToPeriods((int start, int length)[] raw) =>
        raw.Take(6).Select(r => new Period(
            Origin.AddDays(Math.Abs(r.start) % 1100),
            Origin.AddDays(Math.Abs(r.start) % 1100 + Math.Abs(r.length) % 300))).ToArray();

    private static (IReadOnlyList<Period> merged, int best, bool met) Outcome(IEnumerable<Period> periods)
    {
        var merged = PeriodMath.Merge(periods);
        return (merged, PeriodMath.BestWindowDays(merged, 12), PeriodMath.AnyLastsAtLeast(merged, 6));
    }

    private static bool SameOutcome(IEnumerable<Period> a, IEnumerable<Period> b)
    {
        var x = Outcome(a);
        var y = Outcome(b);
        return x.merged.SequenceEqual(y.merged) && x.best == y.best && x.met == y.met;
    }

    [Property(MaxTest = 60)]
    public bool Order_does_not_matter((int, int)[] raw, int seed)
    {
        var periods = ToPeriods(raw);
        var shuffled = periods.OrderBy(_ => new Random(seed).Next()).Reverse().ToArray();
        return SameOutcome(periods, shuffled);
    }

    [Property(MaxTest = 60)]
    public bool Splitting_a_period_into_adjacent_pieces_does_not_matter((int, int)[] raw, int cut)
    {
        var periods = ToPeriods(raw);
        var split = periods.SelectMany(p =>
        {
            if (p.Days < 2) return new[] { p };
            var at = p.Debut.AddDays(Math.Abs(cut) % (p.Days - 1));
            return new[] { new Period(p.Debut, at), new Period(at.AddDays(1), p.Fin) };
        });
        return SameOutcome(periods, split);
    }

    [Property(MaxTest = 60)]
    public bool Overlapping_duplicates_do_not_matter((int, int)[] raw, int shrink)
    {
        var periods = ToPeriods(raw);
        var duplicated = periods.Concat(periods.Select(p =>
            new Period(p.Debut.AddDays(Math.Min(Math.Abs(shrink) % 30, p.Days - 1)), p.Fin)));
        return SameOutcome(periods, duplicated);
    }

    [Property(MaxTest = 40)]
    public bool Gravity_outcome_and_flags_ignore_order_and_duplicates_of_ATAP_periods((int, int)[] raw, int seed)
    {
        var periods = ToPeriods(raw);
        var shuffledDuplicated = periods.Concat(periods).OrderBy(_ => new Random(seed).Next()).ToList();
        Decision Decide(IReadOnlyList<Period> ps) => CaseBuilder.CompleteAdult().Fact("expertise.atap_periodes", ps).Decide();
        var a = Decide(periods);
        var b = Decide(shuffledDuplicated);
        return a.Gravity.Outcome == b.Gravity.Outcome && a.Gravity.Grounds.SequenceEqual(b.Gravity.Grounds)
            && a.Flags.SequenceEqual(b.Flags);
    }
}

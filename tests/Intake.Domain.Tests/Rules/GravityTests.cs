using Intake.Domain.Fields;
using Intake.Domain.Rules;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Rules;

public class GravityTests
{
    private static Decision WithFacts(params (string key, object value)[] facts)
    {
        var b = CompleteAdult();
        foreach (var (k, v) in facts) b.Fact(k, v);
        return b.Decide();
    }

    [Fact]
    public void Aipp_24_is_not_enough_and_borderline()
    {
        var d = WithFacts(("expertise.aipp", 24));
        Assert.Equal(Outcomes.NotGrave, d.Gravity.Outcome);
        Assert.Empty(d.Gravity.Grounds);
        Assert.Equal(Outcomes.Conciliation, d.Procedure);
        Assert.Contains(FlagCodes.BorderlineGravity, d.Flags);
    }

    [Fact]
    public void Aipp_25_is_grave_and_borderline()
    {
        var d = WithFacts(("expertise.aipp", 25));
        Assert.Equal(Outcomes.Grave, d.Gravity.Outcome);
        Assert.Equal(["R-GRAV-AIPP"], d.Gravity.Grounds);
        Assert.Equal(Outcomes.ReglementAmiable, d.Procedure);
        Assert.Contains(FlagCodes.BorderlineGravity, d.Flags);
    }

    [Theory]
    [InlineData(23, false)]
    [InlineData(26, true)]
    public void Aipp_away_from_the_threshold_is_not_borderline(int aipp, bool grave)
    {
        var d = WithFacts(("expertise.aipp", aipp));
        Assert.Equal(grave ? Outcomes.Grave : Outcomes.NotGrave, d.Gravity.Outcome);
        Assert.DoesNotContain(FlagCodes.BorderlineGravity, d.Flags);
    }

    [Fact]
    public void No_aipp_and_no_ground_is_unknown_with_no_procedure()
    {
        var d = CompleteAdult().Decide();
        Assert.Equal(Outcomes.Unknown, d.Gravity.Outcome);
        Assert.Null(d.Procedure);
        Assert.Contains(FlagCodes.GravityUnknown, d.Flags);
    }

    [Fact]
    public void A_ground_makes_it_grave_even_without_aipp()
    {
        var d = WithFacts(("expertise.atap_periodes", new[] { P("2021-01-01", "2021-06-30") }));
        Assert.Equal(Outcomes.Grave, d.Gravity.Outcome);
        Assert.Equal(["R-GRAV-ATAP"], d.Gravity.Grounds);
        Assert.DoesNotContain(FlagCodes.GravityUnknown, d.Flags);
    }

    [Theory]
    [InlineData("2021-01-01", "2021-06-30", true)]  // exactly 6 months
    [InlineData("2021-01-01", "2021-06-29", false)] // one day short (180 days, best window 180 < 183)
    [InlineData("2021-08-31", "2022-02-27", true)]  // 31 Aug + 6 months clamps to 28 Feb, minus one day
    [InlineData("2021-08-31", "2022-02-26", false)]
    public void Atap_six_consecutive_months(string debut, string fin, bool met)
    {
        var d = WithFacts(("expertise.aipp", 5), ("expertise.atap_periodes", new[] { P(debut, fin) }));
        Assert.Equal(met, d.Gravity.Grounds.Contains("R-GRAV-ATAP"));
        Assert.Equal(met ? Outcomes.Grave : Outcomes.NotGrave, d.Gravity.Outcome);
        Assert.Contains(FlagCodes.BorderlineGravity, d.Flags); // within 7 days of the mark
    }

    [Fact]
    public void Atap_three_plus_three_months_inside_twelve()
    {
        var d = WithFacts(("expertise.aipp", 5), ("expertise.atap_periodes", new[] { P("2021-01-01", "2021-03-31"), P("2021-07-01", "2021-10-01") }));
        Assert.Equal(["R-GRAV-ATAP"], d.Gravity.Grounds);
    }

    [Fact]
    public void Atap_spread_over_fourteen_months_is_not_enough()
    {
        var d = WithFacts(("expertise.aipp", 5), ("expertise.atap_periodes", new[] { P("2021-01-01", "2021-03-31"), P("2021-12-01", "2022-03-03") }));
        Assert.Equal(Outcomes.NotGrave, d.Gravity.Outcome);
        Assert.DoesNotContain(FlagCodes.BorderlineGravity, d.Flags);
    }

    [Fact]
    public void Adjacent_atap_periods_are_one_consecutive_stop()
    {
        // 31 Jan / 1 Feb split; each half alone is short, together exactly 6 months
        var d = WithFacts(("expertise.aipp", 5), ("expertise.atap_periodes", new[] { P("2021-02-01", "2021-06-30"), P("2021-01-01", "2021-01-31") }));
        Assert.Equal(["R-GRAV-ATAP"], d.Gravity.Grounds);
    }

    [Theory]
    [InlineData(50, true)]
    [InlineData(49, false)]
    [InlineData(45, false)]
    public void Dft_rate_50_counts_49_and_45_do_not(int taux, bool met)
    {
        var d = WithFacts(("expertise.aipp", 5), ("expertise.dft_periodes", new[] { P("2021-01-01", "2021-12-31", taux) }));
        Assert.Equal(met, d.Gravity.Grounds.Contains("R-GRAV-DFT"));
        Assert.Contains(FlagCodes.BorderlineGravity, d.Flags); // 45..55
    }

    [Theory]
    [InlineData(44, false)]
    [InlineData(45, true)]
    [InlineData(55, true)]
    [InlineData(56, false)]
    public void Dft_borderline_band_is_45_to_55_inclusive(int taux, bool borderline)
    {
        // a short period far from every mark: only the rate can make it borderline
        var d = WithFacts(("expertise.aipp", 5), ("expertise.dft_periodes", new[] { P("2021-01-01", "2021-01-20", taux) }));
        Assert.Equal(borderline, d.Flags.Contains(FlagCodes.BorderlineGravity));
    }

    [Fact]
    public void Dft_below_50_never_enters_the_window()
    {
        var d = WithFacts(("expertise.aipp", 5), ("expertise.dft_periodes", new[]
        {
            P("2021-01-01", "2021-03-31", 50), P("2021-04-01", "2021-09-30", 25), P("2021-10-01", "2021-12-31", 75),
        }));
        Assert.Equal(Outcomes.NotGrave, d.Gravity.Outcome); // 90 + 92 = 182 days at >= 50 %
        Assert.Contains(FlagCodes.BorderlineGravity, d.Flags); // best window 182 is within 7 of 183
    }

    [Fact]
    public void Borderline_window_and_mark_distance_follow_definition_4()
    {
        // one 150-day period: 31 days short of the mark, window 150: not borderline
        var far = WithFacts(("expertise.aipp", 5), ("expertise.atap_periodes", new[] { P("2021-01-01", "2021-05-30") }));
        Assert.DoesNotContain(FlagCodes.BorderlineGravity, far.Flags);
        // 189 days, 8 days past the mark, but the window (189) is within 7 of 183: borderline
        var late = WithFacts(("expertise.aipp", 5), ("expertise.atap_periodes", new[] { P("2021-01-01", "2021-07-08") }));
        Assert.Contains(FlagCodes.BorderlineGravity, late.Flags);
        // 2021-01-01..2021-07-12 = 193 days, 12 days past the mark: not borderline
        var clear = WithFacts(("expertise.aipp", 5), ("expertise.atap_periodes", new[] { P("2021-01-01", "2021-07-12") }));
        Assert.DoesNotContain(FlagCodes.BorderlineGravity, clear.Flags);
        Assert.Equal(Outcomes.Grave, clear.Gravity.Outcome);
    }

    [Fact]
    public void Form_atap_periods_count_only_when_work_stoppage_is_declared()
    {
        var periods = new[] { P("2021-01-01", "2021-12-31") };
        var declared = WithFacts(("prejudice.aipp", 5), ("prejudice.arret_travail", true), ("prejudice.arret_periodes", periods));
        Assert.Equal(["R-GRAV-ATAP"], declared.Gravity.Grounds);
        var notDeclared = WithFacts(("prejudice.aipp", 5), ("prejudice.arret_periodes", periods));
        Assert.Equal(Outcomes.NotGrave, notDeclared.Gravity.Outcome);
    }

    [Fact]
    public void Report_with_an_empty_atap_list_states_none_over_the_form()
    {
        var d = WithFacts(("expertise.aipp", 5), ("expertise.atap_periodes", Array.Empty<Period>()),
            ("prejudice.arret_travail", true), ("prejudice.arret_periodes", new[] { P("2021-01-01", "2021-12-31") }));
        Assert.Equal(Outcomes.NotGrave, d.Gravity.Outcome);
    }

    [Fact]
    public void Report_aipp_wins_over_the_form()
    {
        var d = WithFacts(("expertise.aipp", 10), ("prejudice.aipp", 40));
        Assert.Equal(Outcomes.NotGrave, d.Gravity.Outcome);
        var formOnly = WithFacts(("prejudice.aipp", 40));
        Assert.Equal(Outcomes.Grave, formOnly.Gravity.Outcome);
    }

    [Fact]
    public void Report_unfitness_overrides_the_form()
    {
        var d = WithFacts(("expertise.aipp", 5), ("prejudice.inaptitude_definitive", true), ("expertise.inaptitude_definitive", false));
        Assert.Equal(Outcomes.NotGrave, d.Gravity.Outcome);
        Assert.DoesNotContain(FlagCodes.ExceptionalGroundToConfirm, d.Flags);
    }

    [Theory]
    [InlineData("prejudice.inaptitude_definitive", "R-GRAV-INAPT")]
    [InlineData("expertise.inaptitude_definitive", "R-GRAV-INAPT")]
    [InlineData("prejudice.troubles_graves", "R-GRAV-TROUBLES")]
    public void Exceptional_grounds_are_met_and_flagged_for_confirmation(string key, string ground)
    {
        var d = WithFacts(("expertise.aipp", 5), (key, true));
        Assert.Equal(Outcomes.Grave, d.Gravity.Outcome);
        Assert.Equal([ground], d.Gravity.Grounds);
        Assert.Contains(FlagCodes.ExceptionalGroundToConfirm, d.Flags);
    }

    [Fact]
    public void Grounds_are_sorted()
    {
        var d = WithFacts(("expertise.aipp", 60), ("prejudice.troubles_graves", true),
            ("expertise.dft_periodes", new[] { P("2021-01-01", "2021-12-31", 75) }), ("expertise.atap_periodes", new[] { P("2021-01-01", "2021-12-31") }));
        Assert.Equal(["R-GRAV-AIPP", "R-GRAV-ATAP", "R-GRAV-DFT", "R-GRAV-TROUBLES"], d.Gravity.Grounds);
    }

    [Fact]
    public void Death_alone_is_not_a_ground()
    {
        var d = WithFacts(("expertise.deces", true));
        Assert.Equal(Outcomes.Unknown, d.Gravity.Outcome);
    }

    [Fact]
    public void Every_gravity_rule_leaves_a_trail_entry_with_its_source_and_inputs()
    {
        var d = WithFacts(("expertise.aipp", 25));
        var aipp = Assert.Single(d.Trail, t => t.Rule == "R-GRAV-AIPP");
        Assert.Equal("D1142-1 al. 1", aipp.Source);
        Assert.Equal(RuleOutcome.Met, aipp.Outcome);
        Assert.Equal(25, Assert.Single(aipp.Inputs).Value);
        Assert.Contains("25 %", aipp.Explanation);
        foreach (var rule in new[] { "R-GRAV-ATAP", "R-GRAV-DFT", "R-GRAV-INAPT", "R-GRAV-TROUBLES" })
            Assert.Contains(d.Trail, t => t.Rule == rule);
    }
}

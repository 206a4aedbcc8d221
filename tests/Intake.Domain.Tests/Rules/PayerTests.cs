using Intake.Domain.Rules;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Rules;

/// <summary>Rules.md definition 10, branch by branch, in order.</summary>
public class PayerTests
{
    private static Decision With(params (string key, object value)[] facts)
    {
        var b = CompleteAdult();
        foreach (var (k, v) in facts) b.Fact(k, v);
        return b.Decide();
    }

    [Theory]
    [InlineData(26, Outcomes.Oniam, true)]
    [InlineData(25, Outcomes.Assureur, false)]
    public void Nosocomial_infection_above_25_goes_to_oniam_and_is_signalled(int aipp, string payer, bool signal)
    {
        var d = With(("expertise.infection_nosocomiale", true), ("expertise.aipp", aipp));
        Assert.Equal(payer, d.LikelyPayer);
        Assert.Equal(signal, d.DistinctTaskCodes.Contains(TaskCodes.SignalArs));
        Assert.Contains(d.Trail, t => t.Rule == (signal ? "R-PAY-NOSO" : "R-PAY-NOSO-ESTAB") && t.Outcome == RuleOutcome.Met);
    }

    [Fact]
    public void Nosocomial_infection_with_death_goes_to_oniam()
    {
        var d = With(("expertise.infection_nosocomiale", true), ("expertise.aipp", 5), ("expertise.deces", true));
        Assert.Equal(Outcomes.Oniam, d.LikelyPayer);
        Assert.Contains(TaskCodes.SignalArs, d.DistinctTaskCodes);
    }

    [Fact]
    public void Nosocomial_infection_comes_before_a_fault()
    {
        var d = With(("expertise.infection_nosocomiale", true), ("expertise.aipp", 30), ("expertise.faute", true));
        Assert.Equal(Outcomes.Oniam, d.LikelyPayer);
    }

    [Fact]
    public void Nosocomial_infection_without_aipp_falls_through_to_the_next_branches()
    {
        Assert.Null(With(("expertise.infection_nosocomiale", true)).LikelyPayer);
        Assert.Equal(Outcomes.Assureur, With(("expertise.infection_nosocomiale", true), ("expertise.faute", true)).LikelyPayer);
    }

    [Fact]
    public void Fault_points_to_the_insurer()
    {
        var d = With(("expertise.faute", true), ("expertise.faute_auteur", "Dr X"), ("expertise.aipp", 10));
        Assert.Equal(Outcomes.Assureur, d.LikelyPayer);
    }

    [Theory]
    [InlineData("assurance.couverture_expiree")]
    [InlineData("assurance.plafond_depasse")]
    public void Fault_of_a_liberal_professional_beyond_cover_calls_the_guarantee_fund(string key)
    {
        var d = With(("expertise.faute", true), ("faits.professionnel_liberal", true), (key, true));
        Assert.Equal(Outcomes.FondsGarantie, d.LikelyPayer);
        Assert.Contains(FlagCodes.GuaranteeFund, d.Flags);
    }

    [Fact]
    public void Expired_cover_of_a_salaried_professional_stays_with_the_insurer()
    {
        var d = With(("expertise.faute", true), ("faits.professionnel_liberal", false), ("assurance.couverture_expiree", true));
        Assert.Equal(Outcomes.Assureur, d.LikelyPayer);
        Assert.DoesNotContain(FlagCodes.GuaranteeFund, d.Flags);
    }

    [Theory]
    [InlineData(30, "2020-06-15", Outcomes.Oniam)]
    [InlineData(20, "2020-06-15", null)]       // below the threshold
    [InlineData(30, "2001-09-04", null)]       // act before the law: an aléa gives no payer
    public void Alea_above_threshold_goes_to_oniam(int aipp, string act, string? payer)
    {
        var d = With(("expertise.alea", true), ("expertise.aipp", aipp), ("faits.date_acte", D(act)));
        Assert.Equal(payer, d.LikelyPayer);
    }

    [Fact]
    public void Fault_before_2001_still_points_to_the_insurer()
    {
        var d = With(("expertise.faute", true), ("faits.date_acte", D("1999-01-01")));
        Assert.Equal(Outcomes.Assureur, d.LikelyPayer);
        Assert.Equal(Outcomes.Conciliation, d.Procedure);
    }

    [Theory]
    [InlineData("assurance.absente")]
    [InlineData("assurance.refus")]
    public void Uninsured_or_refusing_insurer_lets_oniam_substitute(string key)
    {
        var d = With(("expertise.faute", true), (key, true));
        Assert.Equal(Outcomes.Oniam, d.LikelyPayer);
        Assert.Contains(FlagCodes.OniamSubstitutionPossible, d.Flags);
    }

    [Fact]
    public void Substitution_only_applies_to_an_insurer()
    {
        var d = With(("expertise.alea", true), ("expertise.aipp", 30), ("assurance.refus", true));
        Assert.Equal(Outcomes.Oniam, d.LikelyPayer);
        Assert.DoesNotContain(FlagCodes.OniamSubstitutionPossible, d.Flags);
    }

    [Fact]
    public void The_form_alone_never_sets_a_payer()
    {
        var d = With(("faits.type_dommage", "infection_nosocomiale"), ("prejudice.aipp", 40));
        Assert.Null(d.LikelyPayer);
        Assert.Equal(Outcomes.Grave, d.Gravity.Outcome);
    }
}

using Intake.Domain.Documents;
using Intake.Domain.Rules;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Rules;

public class AdmissibilityTests
{
    [Theory]
    [InlineData("2001-09-04", true)]
    [InlineData("2001-09-05", false)]
    public void Act_before_5_september_2001_goes_to_conciliation_whatever_the_gravity(string act, bool before)
    {
        var d = CompleteAdult().Fact("faits.date_acte", D(act)).Fact("expertise.aipp", 40).Decide();
        Assert.Equal(before, d.Flags.Contains(FlagCodes.ActBefore20010905));
        Assert.Equal(before ? Outcomes.Conciliation : Outcomes.ReglementAmiable, d.Procedure);
        Assert.Equal(Outcomes.Grave, d.Gravity.Outcome); // gravity itself is still computed
    }

    [Fact]
    public void Unknown_act_date_is_not_flagged()
    {
        var d = CompleteAdult().Without("faits.date_acte").Decide();
        Assert.DoesNotContain(FlagCodes.ActBefore20010905, d.Flags);
        Assert.Equal(RuleOutcome.Unknown, d.Trail.Single(t => t.Rule == "R-ADM-TEMPORAL").Outcome);
    }

    [Theory]
    [InlineData("2016-01-05", false)] // receipt 2026-01-05 = consolidation + 10 years to the day
    [InlineData("2016-01-04", true)]  // one day more
    public void Prescription_is_strictly_after_ten_years(string consolidation, bool flagged)
    {
        var d = CompleteAdult().Receipt("2026-01-05")
            .Fact("expertise.consolide", true).Fact("expertise.date_consolidation", D(consolidation)).Decide();
        Assert.Equal(flagged, d.Flags.Contains(FlagCodes.PrescriptionLikely));
        Assert.Equal(LegalClocks.PrescriptionDate(D(consolidation)), d.Clocks.PrescriptionDate);
    }

    [Fact]
    public void Prescription_uses_month_end_clamping()
    {
        // 29 Feb 2016 + 120 months = 28 Feb 2026: a claim received 1 Mar 2026 is late, 28 Feb is not
        var late = CompleteAdult().Receipt("2026-03-01").Fact("prejudice.consolide", true).Fact("prejudice.date_consolidation", D("2016-02-29")).Decide();
        var onTime = CompleteAdult().Receipt("2026-02-28").Fact("prejudice.consolide", true).Fact("prejudice.date_consolidation", D("2016-02-29")).Decide();
        Assert.Contains(FlagCodes.PrescriptionLikely, late.Flags);
        Assert.DoesNotContain(FlagCodes.PrescriptionLikely, onTime.Flags);
    }

    [Fact]
    public void Report_consolidation_wins_over_the_form()
    {
        var d = CompleteAdult()
            .Fact("prejudice.consolide", true).Fact("prejudice.date_consolidation", D("2010-01-01"))
            .Fact("expertise.consolide", true).Fact("expertise.date_consolidation", D("2020-01-01")).Decide();
        Assert.DoesNotContain(FlagCodes.PrescriptionLikely, d.Flags);
        Assert.Equal(D("2020-01-01"), d.Clocks.ConsolidationDate);
    }

    [Fact]
    public void Not_consolidated_is_noted_and_never_prescribed()
    {
        var d = CompleteAdult().Fact("prejudice.consolide", true).Fact("prejudice.date_consolidation", D("2000-01-01"))
            .Fact("expertise.consolide", false).Decide();
        Assert.Contains(FlagCodes.NotConsolidated, d.Flags);
        Assert.DoesNotContain(FlagCodes.PrescriptionLikely, d.Flags);
    }

    [Fact]
    public void Prescription_flag_changes_no_other_outcome()
    {
        var baseCase = CompleteAdult().Fact("expertise.aipp", 30).Fact("expertise.alea", true);
        var fresh = baseCase.Decide();
        var old = baseCase.Fact("expertise.consolide", true).Fact("expertise.date_consolidation", D("2000-01-01")).Decide();
        Assert.Contains(FlagCodes.PrescriptionLikely, old.Flags);
        Assert.Equal(fresh.Procedure, old.Procedure);
        Assert.Equal(fresh.LikelyPayer, old.LikelyPayer);
        Assert.Equal(fresh.Gravity.Outcome, old.Gravity.Outcome);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Declared_court_case_raises_parallel_proceedings(bool declared, bool flagged)
    {
        var d = CompleteAdult().Fact("procedures.action_en_justice", declared).Fact("procedures.juridiction", "TJ de Lyon").Decide();
        Assert.Equal(flagged, d.Flags.Contains(FlagCodes.ParallelProceedings));
    }

    [Fact]
    public void Unknown_gravity_before_2001_still_goes_to_conciliation_and_keeps_the_flag()
    {
        var d = CompleteAdult().Fact("faits.date_acte", D("1999-03-01")).Decide();
        Assert.Equal(Outcomes.Conciliation, d.Procedure);
        Assert.Contains(FlagCodes.GravityUnknown, d.Flags);
    }
}

public class StandingTests
{
    [Fact]
    public void Adult_victim_filing_herself_is_fine()
    {
        Assert.DoesNotContain(FlagCodes.StandingMismatch, CompleteAdult().Decide().Flags);
    }

    [Fact]
    public void Lawyer_for_an_adult_victim_keeps_the_qualite_victime()
    {
        var d = CompleteAdult().Fact("avocat.nom", "DURAND").Decide();
        Assert.DoesNotContain(FlagCodes.StandingMismatch, d.Flags);
    }

    [Theory]
    [InlineData("2008-01-05", "victime", false)]            // turns 18 on the receipt date: adult
    [InlineData("2008-01-05", "representant_legal", true)]
    [InlineData("2008-01-06", "representant_legal", false)] // still 17
    [InlineData("2008-01-06", "victime", true)]
    public void Minor_is_under_18_on_the_receipt_date(string birth, string qualite, bool mismatch)
    {
        var d = CompleteAdult().Receipt("2026-01-05").Fact("victime.date_naissance", D(birth)).Fact("demandeur.qualite", qualite).Decide();
        Assert.Equal(mismatch, d.Flags.Contains(FlagCodes.StandingMismatch));
    }

    [Theory]
    [InlineData("tuteur", false)]
    [InlineData("curateur", false)]
    [InlineData("victime", true)]
    public void Protected_adult_is_represented_by_a_tuteur_or_curateur(string qualite, bool mismatch)
    {
        var byFact = CompleteAdult().Fact("victime.protegee", true).Fact("demandeur.qualite", qualite).Decide();
        var byJudgment = CompleteAdult().Doc(DocumentType.JugementProtection, "2026-01-05").Fact("demandeur.qualite", qualite).Decide();
        Assert.Equal(mismatch, byFact.Flags.Contains(FlagCodes.StandingMismatch));
        Assert.Equal(mismatch, byJudgment.Flags.Contains(FlagCodes.StandingMismatch));
    }

    [Theory]
    [InlineData("ayant_droit", false)]
    [InlineData("victime", true)]
    [InlineData("representant_legal", true)]
    public void Deceased_victim_is_represented_by_heirs(string qualite, bool mismatch)
    {
        var d = CompleteAdult().Fact("victime.decedee", true).Fact("demandeur.qualite", qualite).Decide();
        Assert.Equal(mismatch, d.Flags.Contains(FlagCodes.StandingMismatch));
    }

    [Fact]
    public void Death_takes_precedence_over_minority()
    {
        var d = CompleteAdult().Fact("victime.date_naissance", D("2015-01-01")).Fact("expertise.deces", true)
            .Fact("demandeur.qualite", "ayant_droit").Decide();
        Assert.DoesNotContain(FlagCodes.StandingMismatch, d.Flags);
    }

    [Fact]
    public void Heir_for_a_living_adult_is_a_mismatch()
    {
        var d = CompleteAdult().Fact("demandeur.qualite", "ayant_droit").Decide();
        Assert.Contains(FlagCodes.StandingMismatch, d.Flags);
        Assert.Contains("ayant_droit", d.Trail.Single(t => t.Rule == "R-ADM-STANDING").Explanation);
    }
}

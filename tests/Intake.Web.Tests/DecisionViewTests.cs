using Intake.App.Web.Review;
using Intake.Domain.Documents;
using Intake.Domain.Facts;
using Intake.Domain.Fields;
using Intake.Domain.Rules;
using Intake.Domain.Rules.Json;

namespace Intake.Web.Tests;

/// <summary>The dashboard reads the decision the router stores, written by the engine's own codec (no hand-typed JSON).</summary>
public sealed class DecisionViewTests
{
    private static readonly DateOnly Receipt = new(2026, 1, 5);

    private static Decision Decide()
    {
        var form = new DossierDocument("7", DocumentType.DemandeIndemnisation, Receipt, DocumentSubject.Victime,
        [
            new ExtractedField("prejudice.aipp", 20, 0.55, 1, new BBox(10, 20, 30, 40)),
            new ExtractedField("victime.nir", "185057512345601", 0.95, 1, null),
        ]);
        var reviewed = new ReviewerCorrection("faits.date_acte", new DateOnly(2020, 1, 1), "marie", DateTimeOffset.UnixEpoch, "date du compte rendu");
        return new RulesEngine().Decide(RuleCase.FromDossier(Receipt, new DateOnly(2026, 3, 1), [form], [reviewed]));
    }

    [Fact]
    public void The_stored_decision_reads_back_with_sources_and_low_confidence()
    {
        var decision = Decide();
        var d = DecisionView.Parse(DecisionJson.Write(decision), showNir: false);

        Assert.Equal(decision.Procedure, d.Procedure);
        Assert.Equal(decision.Gravity.Outcome, d.Gravity);
        Assert.Contains(FlagCodes.LowConfidenceInput, d.Flags);
        Assert.Equal(decision.Flags.Order(StringComparer.Ordinal), d.Flags);
        Assert.Equal(decision.Missing.Select(m => m.Item).Order(StringComparer.Ordinal), d.Missing.Select(m => m.Item));
        Assert.Equal(decision.Trail.Select(t => t.Rule), d.Trail.Select(t => t.Rule));
        Assert.Equal(decision.RuleSetVersion, d.RuleSetVersion);

        var aipp = Assert.Single(d.Trail.Single(t => t.Rule == RuleCatalog.GravAipp.Code).Inputs);
        Assert.Equal("20 %", aipp.Value);
        Assert.True(aipp.LowConfidence);
        Assert.Equal("Demande d'indemnisation (cerfa), p. 1, confiance 55 %", aipp.Source);

        var act = d.Trail.Single(t => t.Rule == RuleCatalog.AdmTemporal.Code).Inputs.Single(i => i.Key == "faits.date_acte");
        Assert.Equal("01/01/2020", act.Value);
        Assert.Equal("instructeur marie (date du compte rendu)", act.Source);
        Assert.False(act.LowConfidence);

        Assert.True(DecisionView.Parse(null, false).IsEmpty);
    }

    [Fact]
    public void The_nir_of_a_trail_input_is_masked_unless_allowed()
    {
        var json = DecisionJson.Write(Decide());
        string Nir(bool show) => DecisionView.Parse(json, show).Trail.SelectMany(t => t.Inputs).First(i => i.Key == "victime.nir").Value;
        Assert.Equal("185057512345601", Nir(true));
        Assert.Equal(Intake.Domain.Identity.Nir.Mask("185057512345601"), Nir(false));
    }
}

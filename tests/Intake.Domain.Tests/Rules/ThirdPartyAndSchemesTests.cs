using Intake.Domain.Documents;
using Intake.Domain.Facts;
using Intake.Domain.Rules;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Rules;

public class ThirdPartyAndSchemesTests
{
    [Fact]
    public void Caisse_named_on_the_form_gives_the_notify_task_naming_it()
    {
        var d = CompleteAdult().Decide();
        var task = Assert.Single(d.Tasks, t => t.Code == TaskCodes.NotifyCaisse);
        Assert.Equal("CPAM de Paris", task.Detail);
        Assert.DoesNotContain(d.Missing, m => m.Item == "caisse_affiliation");
    }

    [Fact]
    public void Attestation_alone_also_identifies_the_caisse()
    {
        var d = CompleteAdult().Without("victime.caisse").Doc(DocumentType.AttestationSecuriteSociale, "2026-01-05").Decide();
        Assert.Contains(TaskCodes.NotifyCaisse, d.DistinctTaskCodes);
        Assert.DoesNotContain(d.Missing, m => m.Item == "caisse_affiliation");
    }

    [Fact]
    public void No_caisse_is_a_blocking_missing_item_and_no_task()
    {
        var d = CompleteAdult().Without("victime.caisse").Decide();
        Assert.Contains(new MissingItem("caisse_affiliation", Outcomes.Blocking), d.Missing);
        Assert.DoesNotContain(TaskCodes.NotifyCaisse, d.DistinctTaskCodes);
        Assert.False(d.Complete);
    }

    [Theory]
    [InlineData("1850675123456")]
    [InlineData("185062A004123")]
    [InlineData("185062B004123")]
    public void Valid_nir_including_corsica_raises_no_flag(string body)
    {
        var d = CompleteAdult().Fact("victime.nir", ValidNir(body)).Decide();
        Assert.DoesNotContain(FlagCodes.NirInvalid, d.Flags);
    }

    [Fact]
    public void Invalid_nir_is_a_flag_not_a_missing_item()
    {
        string valid = ValidNir("185062A004123");
        string wrongKey = valid[..13] + (valid[13..] == "01" ? "02" : "01");
        var d = CompleteAdult().Fact("victime.nir", wrongKey).Decide();
        Assert.Contains(FlagCodes.NirInvalid, d.Flags);
        Assert.DoesNotContain(d.Missing, m => m.Item == "victime.nir");
    }

    [Fact]
    public void An_unsure_reading_without_a_nirs_shape_is_a_number_not_read_not_an_invalid_one()
    {
        var d = CompleteAdult().Fact("victime.nir", "169096/92}616385711613", lowConfidence: true).Decide();
        Assert.DoesNotContain(FlagCodes.NirInvalid, d.Flags);
        Assert.Contains(FlagCodes.LowConfidenceInput, d.Flags);
        Assert.Contains("pas pu être lu", d.Trail.Single(t => t.Rule == "R-TP-NIR").Explanation);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_nir_shaped_reading_whose_key_fails_is_flagged_however_sure(bool lowConfidence)
    {
        string valid = ValidNir("1850675123456");
        string wrongKey = valid[..13] + (valid[13..] == "01" ? "02" : "01");
        Assert.Contains(FlagCodes.NirInvalid, CompleteAdult().Fact("victime.nir", wrongKey, lowConfidence: lowConfidence).Decide().Flags);
        // fourteen figures read for sure: the number itself is wrong
        Assert.Contains(FlagCodes.NirInvalid, CompleteAdult().Fact("victime.nir", valid[..14]).Decide().Flags);
    }

    [Fact]
    public void Attestation_nir_failing_its_key_is_flagged_even_when_the_form_one_is_retained()
    {
        var form = new Fact("victime.nir", ValidNir("2800475123456"), Provenance.FromDocument("f1", DocumentType.DemandeIndemnisation, 1, null, 0.9));
        var attestation = new Fact("victime.nir", "280047512345600", Provenance.FromDocument("a1", DocumentType.AttestationSecuriteSociale, 1, null, 0.9));
        var baseCase = CompleteAdult().Build();
        var facts = FactSet.FromCandidates(baseCase.Facts.All.Where(f => f.Key != "victime.nir")
            .Select(f => (IReadOnlyList<Fact>)[f]).Append([form, attestation]));
        var d = new RulesEngine().Decide(baseCase with { Facts = facts });
        Assert.Contains(FlagCodes.NirInvalid, d.Flags);
    }

    [Fact]
    public void Valproate_scheme_is_flagged_and_gravity_still_computed()
    {
        var d = CompleteAdult().Fact("procedures.valproate", true).Fact("expertise.aipp", 30).Decide();
        Assert.Contains(FlagCodes.SchemeValproate, d.Flags);
        Assert.Equal(Outcomes.Grave, d.Gravity.Outcome);
    }

    [Theory]
    [InlineData("benfluorex")]
    [InlineData("vaccination")]
    [InlineData("transfusion")]
    public void Other_oniam_schemes_are_flagged_with_their_name(string scheme)
    {
        var d = CompleteAdult().Fact("scheme.autre", scheme).Decide();
        Assert.Contains(FlagCodes.SchemeOniamDirect, d.Flags);
        Assert.Contains(scheme, d.Trail.Single(t => t.Rule == "R-SCHEME-OTHER").Explanation);
    }

    [Fact]
    public void No_scheme_no_flag()
    {
        var d = CompleteAdult().Fact("procedures.valproate", false).Decide();
        Assert.DoesNotContain(FlagCodes.SchemeValproate, d.Flags);
        Assert.DoesNotContain(FlagCodes.SchemeOniamDirect, d.Flags);
    }
}

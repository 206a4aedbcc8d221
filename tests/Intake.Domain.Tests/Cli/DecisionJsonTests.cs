using Intake.Domain.Documents;
using Intake.Domain.Facts;
using Intake.Domain.Fields;
using Intake.Domain.Rules;
using Intake.Domain.Rules.Json;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Cli;

/// <summary>The decision's one codec: what the writer prints, the reader reads back whole (docs/rules-cli.md).</summary>
public sealed class DecisionJsonTests
{
    /// <summary>A dossier with a form read at low confidence, a report, and a reviewer's correction.</summary>
    public static Decision Sample()
    {
        var form = new DossierDocument("doc-7", DocumentType.DemandeIndemnisation, D("2026-01-05"), DocumentSubject.Victime,
        [
            new ExtractedField("prejudice.aipp", 30, 0.42, 2, new BBox(1.04, 2, 3.333, 4)),
            new ExtractedField("victime.nom", "Cœur \"Éléonore\"", 0.9, 1, null),
            new ExtractedField("prejudice.arret_travail", true, 0.99, 3, null),
            new ExtractedField("prejudice.arret_periodes", new List<Period> { P("2021-01-01", "2021-08-01") }, 0.8, 3, null),
        ]);
        var report = new DossierDocument("doc-9", DocumentType.RapportExpertise, D("2026-02-05"), DocumentSubject.Victime,
        [
            new ExtractedField("expertise.dft_periodes", new List<Period> { P("2021-01-01", "2021-08-01", 50) }, 0.8, 3, null),
            new ExtractedField("expertise.souffrances_endurees", 3.5m, 0.7, 4, null),
        ]);
        var reviewed = new ReviewerCorrection("faits.date_acte", D("2020-01-01"), "alice", new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), "date lue sur le compte rendu");
        return new RulesEngine().Decide(RuleCase.FromDossier(D("2026-01-05"), D("2026-03-01"), [form, report], [reviewed]));
    }

    [Fact]
    public void The_writers_output_reads_back_to_the_same_record_and_the_same_text()
    {
        var decision = Sample();
        var json = DecisionJson.Write(decision);
        var read = DecisionJson.Parse(json);

        Assert.Equal(json, read.ToJson());
        Assert.Equal(decision.Gravity.Outcome, read.Gravity.Outcome);
        Assert.Equal(decision.Gravity.Grounds, read.Gravity.Grounds);
        Assert.Equal(decision.Procedure, read.Procedure);
        Assert.Equal(decision.LikelyPayer, read.LikelyPayer);
        Assert.Equal(decision.Flags.Order(StringComparer.Ordinal), read.Flags);
        Assert.Equal(decision.DistinctTaskCodes, read.Tasks);
        Assert.Equal(decision.Missing.Select(m => (m.Item, m.Severity)), read.Missing.Select(m => (m.Item, m.Severity)));
        Assert.Equal(decision.Complete, read.Complete);
        Assert.Equal(decision.RuleSetVersion, read.RuleSetVersion);
        Assert.Equal(decision.Trail.Select(t => (t.Rule, t.Source, t.Outcome, t.Explanation)),
            read.Trail.Select(t => (t.Rule, t.Source, t.Outcome, t.Explanation)));
        Assert.Equal(decision.Trail.Select(t => t.Inputs.Select(i => i.Key).Distinct().Count()), read.Trail.Select(t => t.Inputs.Count));
        Assert.All(read.Trail.SelectMany(t => t.Inputs.Values), Assert.NotNull); // a null value is an input, not a hole
    }

    [Fact]
    public void Inputs_keep_their_values_and_sources()
    {
        var read = DecisionJson.Parse(DecisionJson.Write(Sample()));
        var aipp = read.Trail.Single(t => t.Rule == RuleCatalog.GravAipp.Code).Inputs["prejudice.aipp"];
        Assert.Equal(30, aipp.Value!.GetValue<int>());
        Assert.Equal("doc-7", aipp.Source!.Document);
        Assert.Equal(DocumentType.DemandeIndemnisation, aipp.Source.Type);
        Assert.Equal(2, aipp.Source.Page);
        Assert.Equal([1.0, 2, 3.3, 4], aipp.Source.Bbox!);
        Assert.Equal(0.42, aipp.Source.Confidence);
        Assert.True(aipp.Source.LowConfidence);

        var act = read.Trail.Single(t => t.Rule == RuleCatalog.AdmTemporal.Code).Inputs["faits.date_acte"];
        Assert.Equal("2020-01-01", act.Value!.GetValue<string>());
        Assert.True(act.Source!.IsReviewer);
        Assert.Equal("alice", act.Source.Reviewer);
        Assert.Equal("date lue sur le compte rendu", act.Source.Why);
        Assert.Null(act.Source.LowConfidence);

        var dft = read.Trail.Single(t => t.Rule == RuleCatalog.GravDft.Code).Inputs["expertise.dft_periodes"];
        Assert.Equal(50, dft.Value!.AsArray()[0]!["taux"]!.GetValue<int>());
        var derived = read.Trail.Single(t => t.Rule == RuleCatalog.ProcAmiable.Code || t.Rule == RuleCatalog.ProcConcil.Code).Inputs["gravity"];
        Assert.Null(derived.Source);
        Assert.Equal("grave", derived.Value!.GetValue<string>());
    }

    [Fact]
    public void French_text_is_written_as_itself_and_lists_are_sorted()
    {
        var json = DecisionJson.Write(Sample());
        Assert.Contains("supérieure", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E9", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', json);
        var read = DecisionJson.Parse(json);
        Assert.Equal(read.Flags.Order(StringComparer.Ordinal), read.Flags);
        Assert.Equal(read.Missing.Select(m => m.Item).Order(StringComparer.Ordinal), read.Missing.Select(m => m.Item));
        Assert.StartsWith("""{"gravity":{"outcome":""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_members_read_as_empty()
    {
        var read = DecisionJson.Parse("""{"procedure":"conciliation"}""");
        Assert.Equal("conciliation", read.Procedure);
        Assert.Empty(read.Flags);
        Assert.Empty(read.Trail);
        Assert.Equal(Outcomes.Unknown, read.Gravity.Outcome);
    }
}

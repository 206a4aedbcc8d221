using System.Text.Json;
using Intake.Domain.Fields;
using Intake.Domain.Rules;
using Intake.Domain.Rules.Cli;
using static Intake.Domain.Tests.CaseBuilder;

namespace Intake.Domain.Tests.Cli;

public class RuleCaseJsonTests
{
    /// <summary>The input example of docs/rules-cli.md.</summary>
    internal const string ContractExample = """
        {
          "receipt_date": "2026-01-05",
          "today": "2026-03-01",
          "documents": [
            {"type": "demande_indemnisation", "received": "2026-01-05", "about": "victime"},
            {"type": "piece_identite", "received": "2026-02-10", "about": "victime"},
            {"type": "rapport_expertise", "received": "2026-02-20", "about": "victime"}
          ],
          "facts": {
            "victime.date_naissance": "1980-04-02",
            "demandeur.qualite": "victime",
            "faits.date_acte": "2020-06-15",
            "faits.type_dommage": "accident_medical",
            "expertise.aipp": 25,
            "expertise.dft_periodes": [{"debut": "2020-06-15", "fin": "2020-12-31", "taux": 50}],
            "signature.presente": true
          }
        }
        """;

    [Fact]
    public void Contract_example_parses()
    {
        var c = RuleCaseJson.Parse(ContractExample);
        Assert.Equal(D("2026-01-05"), c.ReceiptDate);
        Assert.Equal(D("2026-03-01"), c.Today);
        Assert.Equal(3, c.Documents.Count);
        Assert.Equal(25, c.Facts.Int("expertise.aipp"));
        Assert.Equal([new Period(D("2020-06-15"), D("2020-12-31"), 50)], c.Facts.Periods("expertise.dft_periodes"));
    }

    [Fact]
    public void Contract_example_gives_a_sorted_well_formed_one_line_decision()
    {
        string output = RuleCaseJson.Format(new RulesEngine().Decide(RuleCaseJson.Parse(ContractExample)));
        Assert.DoesNotContain('\n', output);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(
            ["gravity", "procedure", "likely_payer", "flags", "tasks", "missing", "complete", "complete_date", "avis_due", "rule_set_version", "trail"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("grave", root.GetProperty("gravity").GetProperty("outcome").GetString());
        // AIPP 25 > 24; DFT 2020-06-15..2020-12-31 at 50 % lasts more than 6 months
        Assert.Equal(["R-GRAV-AIPP", "R-GRAV-DFT"], Strings(root.GetProperty("gravity").GetProperty("grounds")));
        Assert.Equal("reglement_amiable", root.GetProperty("procedure").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("likely_payer").ValueKind);
        Assert.Equal(["BORDERLINE_GRAVITY"], Strings(root.GetProperty("flags")));
        Assert.Empty(Strings(root.GetProperty("tasks")));
        var missing = root.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("item").GetString()!).ToList();
        Assert.Equal(missing.Order(StringComparer.Ordinal), missing);
        Assert.Contains("caisse_affiliation", missing);
        Assert.Contains("victime.nom", missing);
        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("complete_date").ValueKind);
        Assert.Equal("2026.1", root.GetProperty("rule_set_version").GetString());
        var aipp = root.GetProperty("trail").EnumerateArray().Single(t => t.GetProperty("rule").GetString() == "R-GRAV-AIPP");
        Assert.Equal("met", aipp.GetProperty("outcome").GetString());
        Assert.Equal(25, aipp.GetProperty("inputs").GetProperty("expertise.aipp").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(aipp.GetProperty("explanation").GetString()));
    }

    [Fact]
    public void Dates_are_written_as_iso_dates()
    {
        string output = RuleCaseJson.Format(CompleteAdult().Decide());
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2026-01-05", doc.RootElement.GetProperty("complete_date").GetString());
        Assert.Equal("2026-07-05", doc.RootElement.GetProperty("avis_due").GetString());
        Assert.Equal(["NOTIFY_CAISSE"], Strings(doc.RootElement.GetProperty("tasks")));
    }

    [Theory]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"facts\": {\"expertise.aipp\": \"25\"}}", "expertise.aipp")]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"facts\": {\"expertise.aipp\": 25.5}}", "expertise.aipp")]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"facts\": {\"expertise.aip\": 25}}", "expertise.aip")]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"facts\": {\"faits.date_acte\": \"15/06/2020\"}}", "faits.date_acte")]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"facts\": {\"demandeur.qualite\": \"avocat\"}}", "demandeur.qualite")]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"facts\": {\"signature.presente\": \"oui\"}}", "signature.presente")]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"facts\": {\"victime.code_postal\": \"7500\"}}", "victime.code_postal")]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"facts\": {\"expertise.dft_periodes\": [{\"debut\": \"2020-01-01\", \"fin\": \"2020-02-01\"}]}}", "expertise.dft_periodes[0].taux")]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"facts\": {\"arret.periodes\": [{\"debut\": \"2020-03-01\", \"fin\": \"2020-02-01\"}]}}", "arret.periodes[0].fin")]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"documents\": [{\"type\": \"facture\", \"received\": \"2026-01-05\"}]}", "documents[0].type")]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"documents\": [{\"type\": \"courrier\", \"received\": \"2026-01-05\", \"about\": \"tiers\"}]}", "documents[0].about")]
    [InlineData("{\"receipt_date\": \"2026-01-05\", \"extra\": 1}", "extra")]
    [InlineData("{\"today\": \"2026-01-05\"}", "receipt_date")]
    [InlineData("{\"receipt_date\": \"2026-1-5\"}", "receipt_date")]
    [InlineData("{\"receipt_date\": ", "json")]
    [InlineData("[1, 2]", "json")]
    public void Bad_input_names_the_key_on_one_line(string json, string key)
    {
        var e = Assert.Throws<RuleInputException>(() => RuleCaseJson.Parse(json));
        Assert.Equal(key, e.Key);
        Assert.StartsWith(key, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Document_type_keys_are_accepted()
    {
        var c = RuleCaseJson.Parse("""
            {"receipt_date": "2026-01-05", "facts": {
              "identite.nom": "MARTIN", "identite.type": "cni", "arret.periodes": [{"debut": "2021-01-01", "fin": "2021-02-01"}],
              "deces.date": "2025-01-01", "protection.mesure": "tutelle", "courrier.date": "2026-01-03",
              "certificat.medecin": "LEROY", "expertise.souffrances_endurees": 3.5, "scheme.autre": "vaccination"}}
            """);
        Assert.Equal(3.5m, c.Facts["expertise.souffrances_endurees"]!.Value);
        Assert.Null(c.Today);
    }

    [Fact]
    public void Trail_inputs_carry_their_provenance_when_known()
    {
        var form = new Intake.Domain.Facts.DossierDocument("doc-7", "demande_indemnisation", D("2026-01-05"), Intake.Domain.Facts.DocumentSubject.Victime,
            [new ExtractedField("prejudice.aipp", 30, 0.42, 2, new Intake.Domain.Documents.BBox(1, 2, 3, 4))]);
        var reviewed = new Intake.Domain.Facts.ReviewerCorrection("faits.date_acte", D("2020-01-01"), "alice", new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), "date lue sur le compte rendu");
        var decision = new RulesEngine().Decide(RuleCase.FromDossier(D("2026-01-05"), null, [form], [reviewed]));
        using var doc = JsonDocument.Parse(RuleCaseJson.Format(decision));
        var trail = doc.RootElement.GetProperty("trail").EnumerateArray().ToList();
        var aipp = trail.Single(t => t.GetProperty("rule").GetString() == "R-GRAV-AIPP").GetProperty("inputs").GetProperty("prejudice.aipp");
        Assert.Equal(30, aipp.GetProperty("value").GetInt32());
        Assert.Equal("doc-7", aipp.GetProperty("source").GetProperty("document").GetString());
        Assert.Equal(2, aipp.GetProperty("source").GetProperty("page").GetInt32());
        Assert.True(aipp.GetProperty("source").GetProperty("low_confidence").GetBoolean());
        var act = trail.Single(t => t.GetProperty("rule").GetString() == "R-ADM-TEMPORAL").GetProperty("inputs").GetProperty("faits.date_acte");
        Assert.Equal("2020-01-01", act.GetProperty("value").GetString());
        Assert.Equal("alice", act.GetProperty("source").GetProperty("reviewer").GetString());
        Assert.Contains("LOW_CONFIDENCE_INPUT", Strings(doc.RootElement.GetProperty("flags")));
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}

using System.Text.Json.Nodes;
using Intake.Evaluation.Report;
using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Tests.Fixtures;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Tests.Scoring;

public class ConfidenceAndStraightThroughTests
{
    private static readonly ConfidenceThresholds Thresholds = new(DocumentType: 0.5, Field: 0.6);

    /// <summary>D1: a claim form (pages 1-2) and a certificate (page 3) in f.pdf; D2: a certificate in g.pdf.</summary>
    private static TruthSet Truth() => new(
        [
            new TruthFile("f.pdf", null,
            [
                new TruthDocument("demande_indemnisation", 1, 2, "D1", Json.Fields(("victime.nom", "\"DUPONT\""), ("faits.date_acte", "\"2021-03-04\""))),
                new TruthDocument("certificat_medical", 3, 3, "D1", Json.Fields(("certificat.medecin", "\"Claire PETIT\""))),
            ]),
            new TruthFile("g.pdf", null,
            [
                new TruthDocument("certificat_medical", 1, 1, "D2", Json.Fields(("certificat.medecin", "\"Paul MARTIN\""))),
            ]),
        ],
        [Dossier("D1"), Dossier("D2")]);

    private static TruthDossier Dossier(string key) => new(key, "conciliation", "not_grave", [], null, [], [], "2026-01-05");

    private static DossierResult Predicted(string id) => new()
    {
        Id = id, Procedure = "conciliation", Gravity = new GravityResult { Outcome = "not_grave" },
        Complete = true, CompleteDate = "2026-01-05",
    };

    private static FieldEntry Field(string json, double confidence) => new() { Value = JsonNode.Parse(json), Confidence = confidence, Page = 1 };

    private static DocumentResult Doc(string type, int first, int last, string? dossier, double typeConfidence, params (string Key, FieldEntry Entry)[] fields) =>
        new() { Type = type, Pages = [first, last], Dossier = dossier, TypeConfidence = typeConfidence, Fields = fields.ToDictionary(f => f.Key, f => f.Entry) };

    private static ResultsFile Results(DocumentResult[] f, DocumentResult[] g) => new()
    {
        Files = [new FileResult { Path = "f.pdf", Pages = 3, Documents = [.. f] }, new FileResult { Path = "g.pdf", Pages = 1, Documents = [.. g] }],
        Dossiers = [Predicted("A"), Predicted("B")],
    };

    private static DocumentResult[] RightF() =>
    [
        Doc("demande_indemnisation", 1, 2, "A", 0.95, ("victime.nom", Field("\"DUPONT\"", 0.9)), ("faits.date_acte", Field("\"2021-03-04\"", 0.9))),
        Doc("certificat_medical", 3, 3, "A", 0.9, ("certificat.medecin", Field("\"Claire PETIT\"", 0.8))),
    ];

    private static DocumentResult[] RightG() => [Doc("certificat_medical", 1, 1, "B", 0.9, ("certificat.medecin", Field("\"Paul MARTIN\"", 0.8)))];

    [Fact]
    public void All_right_and_confident_gives_no_confident_error_and_every_dossier_straight_through()
    {
        var scores = Scorer.Score(Results(RightF(), RightG()), Truth(), thresholds: Thresholds);
        Assert.Equal(0, scores.Summary.ConfidentErrors);
        Assert.Equal(1, scores.Summary.StraightThrough);
        Assert.Equal(new Ratio(0, 4), scores.Confidence!.FieldsReviewLoad);
    }

    [Fact]
    public void Wrong_readings_count_as_confident_errors_only_at_or_above_the_threshold()
    {
        var f = new[]
        {
            // a wrong name read with confidence 0.9: confident; a wrong date at 0.4: sent to review, not confident
            Doc("demande_indemnisation", 1, 2, "A", 0.95, ("victime.nom", Field("\"DUPOND\"", 0.9)), ("faits.date_acte", Field("\"2021-03-05\"", 0.4))),
            // the certificate typed as a letter with confidence 0.8: one confident page error
            Doc("courrier", 3, 3, "A", 0.8, ("certificat.medecin", Field("\"Claire PETIT\"", 0.3))),
        };
        // a wrong type below the threshold is not confident; a field not output is not confident either
        var g = new[] { Doc("courrier", 1, 1, "B", 0.3) };
        var c = Scorer.Score(Results(f, g), Truth(), thresholds: Thresholds).Confidence!;
        Assert.Equal(new Ratio(1, 4), c.PagesConfidentWrong);
        Assert.Equal(new Ratio(1, 4), c.FieldsConfidentWrong);
        Assert.Equal(new Ratio(2, 8), c.ConfidentErrors);
        Assert.Equal(new Ratio(1, 1), c.FieldsReviewLoad); // the right doctor's name at 0.3
        var bins = c.FieldReliability;
        Assert.Equal(3, bins.Sum(b => b.Count));
        Assert.Equal(1, bins.Single(b => b.Lower == 0).Right);
        Assert.Equal(0, bins.Single(b => b.Lower == 0.9).Right);
    }

    [Fact]
    public void A_dossier_with_one_correction_to_make_is_not_straight_through()
    {
        var wrongField = RightF();
        wrongField[1] = Doc("certificat_medical", 3, 3, "A", 0.9, ("certificat.medecin", Field("\"Claire PETITE-MAISON\"", 0.8)));
        Assert.Equal(new Ratio(1, 2), Scorer.Score(Results(wrongField, RightG()), Truth(), thresholds: Thresholds).StraightThrough);

        var split = new[] { Doc("demande_indemnisation", 1, 1, "A", 0.9, ("victime.nom", Field("\"DUPONT\"", 0.9)), ("faits.date_acte", Field("\"2021-03-04\"", 0.9))),
            Doc("demande_indemnisation", 2, 2, "A", 0.9), RightF()[1] };
        Assert.Equal(new Ratio(1, 2), Scorer.Score(Results(split, RightG()), Truth(), thresholds: Thresholds).StraightThrough);

        // D2's certificate filed in D1's dossier as well as its own: both dossiers need a correction
        var g = new[] { Doc("certificat_medical", 1, 1, "A", 0.9, ("certificat.medecin", Field("\"Paul MARTIN\"", 0.8))) };
        var results = Results(RightF(), g) with { Dossiers = [Predicted("A")] };
        Assert.Equal(new Ratio(0, 2), Scorer.Score(results, Truth(), thresholds: Thresholds).StraightThrough);

        var routing = Results(RightF(), RightG()).ReplaceDossier("B", d => d with { CompleteDate = "2026-02-01" });
        Assert.Equal(new Ratio(1, 2), Scorer.Score(routing, Truth(), thresholds: Thresholds).StraightThrough);
    }

    [Fact]
    public void Floors_and_ceilings_report_the_figures_that_break_them()
    {
        var summary = Scorer.Score(Results(RightF(), RightG()), Truth(), thresholds: Thresholds).Summary with { PageType = 0.9, ConfidentErrors = 0.02 };
        var floors = new AccuracyFloors(
            new Dictionary<string, double> { ["page_type"] = 0.95, ["split_f1"] = 0.5, ["no_such_score"] = 0.1 },
            new Dictionary<string, double> { ["confident_errors"] = 0.01 });
        var violations = floors.Violations(summary);
        Assert.Equal(3, violations.Count);
        Assert.Contains(violations, v => v.StartsWith("page_type 0.9000 is below its floor 0.9500", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("confident_errors 0.0200 is above its ceiling", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("no_such_score", StringComparison.Ordinal));
        Assert.Empty(new AccuracyFloors(new Dictionary<string, double> { ["page_type"] = 0.9 }, new Dictionary<string, double>()).Violations(summary));
    }

    [Fact]
    public void Floors_file_is_read_with_floors_and_ceilings()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{ "floors": { "fields": 0.9 }, "ceilings": { "confident_errors": 0.01 } }""");
            var floors = AccuracyFloors.Load(path);
            Assert.Equal(0.9, floors.Floors["fields"]);
            Assert.Equal(0.01, floors.Ceilings["confident_errors"]);
        }
        finally { File.Delete(path); }
    }
}

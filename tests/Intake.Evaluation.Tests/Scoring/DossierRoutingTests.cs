using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Tests.Fixtures;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Tests.Scoring;

public class DossierRoutingTests
{
    /// <summary>Truth: D1 holds pages 1-3 of f.pdf (three documents), D2 holds page 4.</summary>
    private static TruthSet Truth(TruthDossier? d1 = null, TruthDossier? d2 = null) => new(
        [new TruthFile("f.pdf", null,
        [
            new TruthDocument("demande_indemnisation", 1, 1, "D1", Json.Fields()),
            new TruthDocument("certificat_medical", 2, 2, "D1", Json.Fields()),
            new TruthDocument("piece_identite", 3, 3, "D1", Json.Fields()),
            new TruthDocument("demande_indemnisation", 4, 4, "D2", Json.Fields()),
        ])],
        [d1 ?? Dossier("D1"), d2 ?? Dossier("D2")]);

    private static TruthDossier Dossier(string key, string[]? flags = null, string[]? missing = null) =>
        new(key, "reglement_amiable", "grave", ["R-GRAV-AIPP"], "oniam", flags ?? [], missing ?? [], "2026-02-01");

    private static DossierResult Predicted(string id, string[]? flags = null, string[]? missing = null) => new()
    {
        Id = id,
        Procedure = "reglement_amiable",
        Gravity = new GravityResult { Outcome = "grave", Grounds = ["R-GRAV-AIPP"] },
        LikelyPayer = "oniam",
        Flags = [.. flags ?? []],
        Missing = (missing ?? []).Select(m => new MissingItem { Item = m, Severity = "blocking" }).ToList(),
        Complete = true,
        CompleteDate = "2026-02-01",
    };

    private static ResultsFile Results(string?[] dossierPerPage, params DossierResult[] dossiers) => new()
    {
        Files = [new FileResult
        {
            Path = "f.pdf", Pages = 4,
            Documents = dossierPerPage.Select((d, i) => ResultsBuilder.Doc("autre", i + 1, i + 1, d)).ToList(),
        }],
        Dossiers = [.. dossiers],
    };

    [Fact]
    public void Dossiers_are_matched_one_to_one_by_shared_documents()
    {
        var results = Results(["A", "A", "B", "B"], Predicted("A"), Predicted("B"));

        var scores = Scorer.Score(results, Truth());

        // D1 shares 2 documents with A (1 with B); D2 shares 1 with B.
        Assert.Equal(("A", 2), (scores.Dossiers.PerDossier[0].PredictedId, scores.Dossiers.PerDossier[0].SharedDocuments));
        Assert.Equal(("B", 1), (scores.Dossiers.PerDossier[1].PredictedId, scores.Dossiers.PerDossier[1].SharedDocuments));
        Assert.Equal(1.0, scores.Summary.Routing);
    }

    [Fact]
    public void A_predicted_dossier_serves_one_truth_dossier_only_and_the_other_scores_zero()
    {
        // Everything merged into one predicted dossier: D1 (3 shared) takes it, D2 stays unmatched.
        var results = Results(["A", "A", "A", "A"], Predicted("A"));

        var scores = Scorer.Score(results, Truth());

        var d2 = scores.Dossiers.PerDossier.Single(d => d.TruthKey == "D2");
        Assert.Null(d2.PredictedId);
        Assert.Equal(new double[] { 0, 0, 0, 0, 0, 0 },
            new[] { d2.Procedure, d2.Gravity, d2.LikelyPayer, d2.FlagsF1, d2.MissingF1, d2.CompleteDate });
        Assert.Equal(0.0, d2.Score);
        Assert.Equal(1, scores.Dossiers.Matched);
        Assert.Equal(0.5, scores.Summary.Routing); // (1 + 0) / 2
        Assert.Equal(0.5, scores.Summary.Procedure);
    }

    [Fact]
    public void A_predicted_id_absent_from_the_dossier_list_matches_nothing()
    {
        var results = Results(["A", "A", "A", "GHOST"], Predicted("A"));

        Assert.Null(Scorer.Score(results, Truth()).Dossiers.PerDossier[1].PredictedId);
    }

    [Fact]
    public void Each_component_is_scored_separately()
    {
        var wrong = Predicted("A") with { Procedure = "conciliation", LikelyPayer = null, CompleteDate = null };
        var results = Results(["A", "A", "A", "B"], wrong, Predicted("B"));

        var d1 = Scorer.Score(results, Truth()).Dossiers.PerDossier[0];

        Assert.Equal((0.0, 1.0, 0.0, 0.0), (d1.Procedure, d1.Gravity, d1.LikelyPayer, d1.CompleteDate));
        Assert.Equal(0.5, d1.Score); // gravity, flags F1 (both empty) and missing F1 (both empty) are right
    }

    [Fact]
    public void Flags_outside_the_rules_vocabulary_are_ignored_on_both_sides()
    {
        var truth = Truth(d1: Dossier("D1", flags: ["NOT_CONSOLIDATED", "REVIEW_ME"]));
        var results = Results(["A", "A", "A", "B"],
            Predicted("A", flags: ["NOT_CONSOLIDATED", "LOW_CONFIDENCE_NIR", "OCR_POOR"]), Predicted("B", flags: ["LOW_CONFIDENCE"]));

        var scores = Scorer.Score(results, truth);

        Assert.Equal(1.0, scores.Summary.FlagsF1);
        Assert.Equal(new PrecisionRecall(1, 0, 0), scores.Dossiers.Flags);
    }

    [Fact]
    public void A_wrong_or_missed_flag_lowers_the_flags_f1()
    {
        var truth = Truth(d1: Dossier("D1", flags: ["NOT_CONSOLIDATED", "BORDERLINE_GRAVITY"]));
        var results = Results(["A", "A", "A", "B"], Predicted("A", flags: ["NOT_CONSOLIDATED", "NIR_INVALID"]), Predicted("B"));

        var d1 = Scorer.Score(results, truth).Dossiers.PerDossier[0];

        Assert.Equal(0.5, d1.FlagsF1, 6); // tp 1, fp 1, fn 1
    }

    [Fact]
    public void Missing_items_are_compared_by_name()
    {
        var truth = Truth(d1: Dossier("D1", missing: ["piece_identite", "victime.nir"]));
        var results = Results(["A", "A", "A", "B"], Predicted("A", missing: ["victime.nir", "piece_identite"]), Predicted("B", missing: ["signature.presente"]));

        var scores = Scorer.Score(results, truth);

        Assert.Equal(1.0, scores.Dossiers.PerDossier[0].MissingF1);
        Assert.Equal(0.0, scores.Dossiers.PerDossier[1].MissingF1);
        Assert.Equal(0.5, scores.Summary.MissingF1);
    }

    [Fact]
    public void Null_truth_values_are_answers()
    {
        var truth = Truth(d2: new TruthDossier("D2", null, "unknown", [], null, ["GRAVITY_UNKNOWN"], [], null));
        var good = Predicted("B") with
        {
            Procedure = null, LikelyPayer = null, CompleteDate = null, Flags = ["GRAVITY_UNKNOWN"],
            Gravity = new GravityResult { Outcome = "unknown" },
        };
        var results = Results(["A", "A", "A", "B"], Predicted("A"), good);

        Assert.Equal(1.0, Scorer.Score(results, truth).Summary.Routing);
    }

    [Fact]
    public void Truth_complete_dates_compare_as_dates()
    {
        var results = Results(["A", "A", "A", "B"], Predicted("A") with { CompleteDate = "01/02/2026" }, Predicted("B"));

        Assert.Equal(1.0, Scorer.Score(results, Truth()).Dossiers.PerDossier[0].CompleteDate);
    }
}

using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Tests.Fixtures;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Tests.Scoring;

public class AttachmentTests
{
    /// <summary>Three one-page documents in one file: A and B of dossier D1, C unattached in the truth.</summary>
    private static TruthSet Truth() => new(
        [new TruthFile("f.pdf", null,
        [
            new TruthDocument("courrier", 1, 1, "D1", Json.Fields()),
            new TruthDocument("courrier", 2, 2, "D1", Json.Fields()),
            new TruthDocument("courrier", 3, 3, null, Json.Fields()),
        ])],
        []);

    private static ResultsFile Predicted(string? a, string? b, string? c) => new()
    {
        Files = [new FileResult
        {
            Path = "f.pdf", Pages = 3,
            Documents = [ResultsBuilder.Doc("courrier", 1, 1, a), ResultsBuilder.Doc("courrier", 2, 2, b), ResultsBuilder.Doc("courrier", 3, 3, c)],
        }],
    };

    [Fact]
    public void Unattached_truth_mail_only_gives_negatives()
    {
        var pr = Scorer.Score(Predicted("X", "X", "X"), Truth()).Attachment;

        // Pairs A-B (same, found), A-C and B-C (not same in truth: false positives).
        Assert.Equal((1L, 2L, 0L), (pr.TruePositives, pr.FalsePositives, pr.FalseNegatives));
        Assert.Equal(1.0 / 3, pr.Precision, 6);
        Assert.Equal(1.0, pr.Recall);
    }

    [Fact]
    public void A_predicted_null_is_never_same_even_as_another_null()
    {
        var pr = Scorer.Score(Predicted(null, null, null), Truth()).Attachment;

        Assert.Equal((0L, 0L, 1L), (pr.TruePositives, pr.FalsePositives, pr.FalseNegatives));
        Assert.Equal(0.0, pr.Recall);
        Assert.Equal(0.0, pr.F1);
    }

    [Fact]
    public void Keeping_unattached_mail_unattached_is_perfect()
    {
        var pr = Scorer.Score(Predicted("X", "X", null), Truth()).Attachment;

        Assert.Equal((1L, 0L, 0L), (pr.TruePositives, pr.FalsePositives, pr.FalseNegatives));
        Assert.Equal(1.0, pr.F1);
    }

    [Fact]
    public void Splitting_a_dossier_in_two_loses_its_pairs()
    {
        var pr = Scorer.Score(Predicted("X", "Y", null), Truth()).Attachment;

        Assert.Equal((0L, 0L, 1L), (pr.TruePositives, pr.FalsePositives, pr.FalseNegatives));
    }

    [Fact]
    public void Pairs_span_files()
    {
        var truth = new TruthSet(
        [
            new TruthFile("a.pdf", null, [new TruthDocument("courrier", 1, 1, "D1", Json.Fields())]),
            new TruthFile("b.pdf", null, [new TruthDocument("courrier", 1, 1, "D1", Json.Fields())]),
        ], []);
        var results = new ResultsFile
        {
            Files =
            [
                new FileResult { Path = "a.pdf", Pages = 1, Documents = [ResultsBuilder.Doc("courrier", 1, 1, "CCI-1")] },
                new FileResult { Path = "b.pdf", Pages = 1, Documents = [ResultsBuilder.Doc("courrier", 1, 1, "CCI-1")] },
            ],
        };

        Assert.Equal(1.0, Scorer.Score(results, truth).Attachment.F1);
    }
}

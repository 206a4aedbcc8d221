using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Tests.Fixtures;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Tests.Scoring;

public class FieldPairingTests
{
    private static TruthDocument Truth(int first, int last, string type = "demande_indemnisation") =>
        new(type, first, last, "D01", Json.Fields(("victime.nom", "\"DUPONT\"")));

    [Fact]
    public void The_truth_document_is_compared_with_the_predicted_document_overlapping_it_most()
    {
        var predicted = new List<DocumentResult>
        {
            ResultsBuilder.Doc("courrier", 1, 2),
            ResultsBuilder.Doc("demande_indemnisation", 3, 7),
        };

        Assert.Same(predicted[1], DocumentPairing.BestOverlap(Truth(2, 5), predicted));
    }

    [Fact]
    public void A_tie_goes_to_the_predicted_document_of_the_same_type()
    {
        var predicted = new List<DocumentResult>
        {
            ResultsBuilder.Doc("courrier", 1, 2),
            ResultsBuilder.Doc("demande_indemnisation", 3, 4),
        };

        Assert.Same(predicted[1], DocumentPairing.BestOverlap(Truth(2, 3), predicted));
    }

    [Fact]
    public void No_overlap_means_no_predicted_document_and_every_field_wrong()
    {
        Assert.Null(DocumentPairing.BestOverlap(Truth(5, 6), [ResultsBuilder.Doc("courrier", 1, 4)]));

        var truth = new TruthSet([new TruthFile("a.pdf", null, [Truth(5, 6)])], []);
        var results = new ResultsFile { Files = [new FileResult { Path = "a.pdf", Pages = 6, Documents = [ResultsBuilder.Doc("courrier", 1, 4)] }] };
        Assert.Equal(0.0, Scorer.Score(results, truth).Fields.Overall.Value);
    }

    [Fact]
    public void Files_are_paired_whatever_the_path_separator()
    {
        var truth = new TruthSet([new TruthFile("2026-01-05/a.pdf", null, [Truth(1, 1)])], []);
        var results = new ResultsFile
        {
            Files = [new FileResult { Path = "./2026-01-05\\a.pdf", Pages = 1, Documents = [ResultsBuilder.Doc("demande_indemnisation", 1, 1)] }],
        };

        Assert.Equal(1.0, Scorer.Score(results, truth).Summary.PageType);
    }
}

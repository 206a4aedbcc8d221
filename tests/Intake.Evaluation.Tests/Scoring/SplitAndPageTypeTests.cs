using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Tests.Fixtures;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Tests.Scoring;

public class SplitAndPageTypeTests
{
    private static TruthDocument T(string type, int first, int last) => new(type, first, last, null, Json.Fields());

    private static (TruthSet, ResultsFile) OneFile(TruthDocument[] truth, DocumentResult[] predicted) =>
        (new TruthSet([new TruthFile("f.pdf", null, truth)], []),
         new ResultsFile { Files = [new FileResult { Path = "f.pdf", Pages = 5, Documents = [.. predicted] }] });

    [Fact]
    public void An_over_split_document_is_not_found_and_both_halves_are_false_positives()
    {
        var (truth, results) = OneFile(
            [T("demande_indemnisation", 1, 4), T("courrier", 5, 5)],
            [ResultsBuilder.Doc("demande_indemnisation", 1, 2), ResultsBuilder.Doc("demande_indemnisation", 3, 4), ResultsBuilder.Doc("courrier", 5, 5)]);

        var split = Scorer.Score(results, truth).Split;

        Assert.Equal((1L, 2L, 1L), (split.TruePositives, split.FalsePositives, split.FalseNegatives));
        Assert.Equal(0.4, split.F1, 6); // 2·1 / (2·1 + 2 + 1)
    }

    [Fact]
    public void An_under_split_file_finds_neither_document()
    {
        var (truth, results) = OneFile(
            [T("courrier", 1, 1), T("demande_indemnisation", 2, 5)],
            [ResultsBuilder.Doc("demande_indemnisation", 1, 5)]);

        var split = Scorer.Score(results, truth).Split;

        Assert.Equal((0L, 1L, 2L), (split.TruePositives, split.FalsePositives, split.FalseNegatives));
        Assert.Equal(0.0, split.F1);
    }

    [Fact]
    public void Over_and_under_splitting_by_one_document_cost_the_same()
    {
        var (overTruth, overResults) = OneFile([T("autre", 1, 5)], [ResultsBuilder.Doc("autre", 1, 2), ResultsBuilder.Doc("autre", 3, 5)]);
        var (underTruth, underResults) = OneFile([T("autre", 1, 2), T("autre", 3, 5)], [ResultsBuilder.Doc("autre", 1, 5)]);

        Assert.Equal(Scorer.Score(overResults, overTruth).Split.F1, Scorer.Score(underResults, underTruth).Split.F1);
    }

    [Fact]
    public void Predicted_documents_of_a_broken_file_count_against_the_split()
    {
        var truth = new TruthSet([new TruthFile("b.pdf", "quarantined", [])], []);
        var results = new ResultsFile { Files = [new FileResult { Path = "b.pdf", Pages = 1, Documents = [ResultsBuilder.Doc("autre", 1, 1)] }] };

        Assert.Equal(1, Scorer.Score(results, truth).Split.FalsePositives);
    }

    [Fact]
    public void Page_types_count_every_page_including_blank_pages_inside_a_document()
    {
        // Truth: a 4-page form whose page 3 is the blank back of a sheet, then a 1-page letter.
        // Prediction: pages 1-2 form, page 3 cut out as "autre", 4 form again, 5 letter → 4/5 pages right.
        var (truth, results) = OneFile(
            [T("demande_indemnisation", 1, 4), T("courrier", 5, 5)],
            [ResultsBuilder.Doc("demande_indemnisation", 1, 2), ResultsBuilder.Doc("autre", 3, 3),
             ResultsBuilder.Doc("demande_indemnisation", 4, 4), ResultsBuilder.Doc("courrier", 5, 5)]);

        var scores = Scorer.Score(results, truth);

        Assert.Equal(new Ratio(4, 5), scores.PageType);
        Assert.Equal(new Ratio(3, 4), scores.PageTypeByType["demande_indemnisation"]);
        Assert.Equal(new Ratio(1, 1), scores.PageTypeByType["courrier"]);
    }

    [Fact]
    public void Pages_of_a_quarantined_good_file_are_all_wrong()
    {
        var (truth, results) = OneFile([T("courrier", 1, 2)], []);
        results = results.ReplaceFile("f.pdf", f => f with { Status = FileResult.Quarantined, Error = "Fichier illisible" });

        Assert.Equal(new Ratio(0, 2), Scorer.Score(results, truth).PageType);
    }
}

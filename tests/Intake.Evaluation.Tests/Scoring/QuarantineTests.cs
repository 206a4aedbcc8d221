using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Tests.Fixtures;

namespace Intake.Evaluation.Tests.Scoring;

public class QuarantineTests
{
    private const string Broken = "2026-01-07/broken.pdf";
    private const string Good = "2026-01-05/report_b.pdf";

    [Fact]
    public void A_broken_file_that_was_processed_fails_the_broken_half()
    {
        var results = SampleCorpus.PerfectResults().ReplaceFile(Broken, f => f with { Status = FileResult.Processed, Error = null });

        var q = Scorer.Score(results, SampleCorpus.Truth()).Quarantine;

        Assert.Equal(new Ratio(0, 1), q.BrokenQuarantined);
        Assert.Equal(new Ratio(4, 4), q.GoodNotQuarantined);
        Assert.Equal(0.5, q.Score);
        Assert.Contains(q.Mistakes, m => m.StartsWith(Broken) && m.EndsWith("not quarantined"));
    }

    [Fact]
    public void A_good_file_that_was_quarantined_fails_the_good_half()
    {
        var results = SampleCorpus.PerfectResults().ReplaceFile(Good, f => f with
        {
            Status = FileResult.Quarantined, Error = "Fichier illisible", Documents = [],
        });

        var q = Scorer.Score(results, SampleCorpus.Truth()).Quarantine;

        Assert.Equal(new Ratio(1, 1), q.BrokenQuarantined);
        Assert.Equal(new Ratio(3, 4), q.GoodNotQuarantined);
        Assert.Equal((1.0 + 0.75) / 2, q.Score!.Value, 6);
    }

    [Fact]
    public void Files_absent_from_the_results_fail_both_ways()
    {
        var results = SampleCorpus.PerfectResults() with { Files = [] };

        var q = Scorer.Score(results, SampleCorpus.Truth()).Quarantine;

        Assert.Equal(0.0, q.Score);
        Assert.Contains(q.Mistakes, m => m.EndsWith("absent from results"));
    }

    [Fact]
    public void A_corpus_without_broken_files_scores_the_good_half_only() =>
        Assert.Equal(1.0, new QuarantineScores(new Ratio(0, 0), new Ratio(5, 5), []).Score);
}

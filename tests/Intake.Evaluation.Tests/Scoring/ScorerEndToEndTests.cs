using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring;
using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Tests.Fixtures;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Tests.Scoring;

public class ScorerEndToEndTests
{
    private static IEnumerable<(string Name, double? Value)> AccuracyFigures(Summary s) =>
    [
        ("page type", s.PageType), ("split F1", s.SplitF1), ("fields", s.Fields),
        ("attachment P", s.AttachmentPrecision), ("attachment R", s.AttachmentRecall), ("attachment F1", s.AttachmentF1),
        ("procedure", s.Procedure), ("gravity", s.Gravity), ("payer", s.LikelyPayer), ("flags", s.FlagsF1),
        ("missing", s.MissingF1), ("complete date", s.CompleteDate), ("routing", s.Routing), ("quarantine", s.Quarantine),
    ];

    [Fact]
    public void Results_equal_to_the_truth_score_one_everywhere()
    {
        var scores = Scorer.Score(SampleCorpus.PerfectResults(), SampleCorpus.Truth());

        foreach (var (name, value) in AccuracyFigures(scores.Summary))
            Assert.True(value == 1.0, $"{name} = {value}");
        Assert.Equal(0, scores.Fields.WrongCount);
        Assert.Equal(23, scores.Fields.Overall.Total);
        Assert.Equal(2, scores.Dossiers.Matched);
        Assert.Equal(21, scores.PageType.Total); // 6 + 8 + 5 + 2 pages; the broken file has none
        Assert.Equal(1, scores.Quarantine.BrokenQuarantined.Total);
        Assert.Equal(4, scores.Quarantine.GoodNotQuarantined.Total);
    }

    [Fact]
    public void Results_equal_to_the_truth_score_one_after_a_round_trip_through_disk()
    {
        var dir = Directory.CreateTempSubdirectory("intake-eval-").FullName;
        try
        {
            SampleCorpus.Truth().Save(Path.Combine(dir, "truth"));
            SampleCorpus.PerfectResults().Save(Path.Combine(dir, "out", ResultsFile.FileName));

            var truth = TruthSet.Load(Path.Combine(dir, "truth"));
            var results = ResultsFile.Load(Path.Combine(dir, "out", ResultsFile.FileName));
            var scores = Scorer.Score(results, truth);

            foreach (var (name, value) in AccuracyFigures(scores.Summary))
                Assert.True(value == 1.0, $"{name} = {value}");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Empty_results_score_zero_without_crashing()
    {
        var scores = Scorer.Score(new ResultsFile(), SampleCorpus.Truth());

        foreach (var (name, value) in AccuracyFigures(scores.Summary))
            Assert.True(value == 0.0, $"{name} = {value}");
        Assert.Null(scores.Summary.PagesPerMinute);
        Assert.Null(scores.Summary.OcrShare);
        Assert.Equal(5, scores.Coverage.MissingFromResults);
        Assert.Equal(23, scores.Fields.WrongCount);
        Assert.All(scores.Dossiers.PerDossier, d => Assert.Null(d.PredictedId));
    }

    [Fact]
    public void An_empty_truth_set_gives_no_figures_rather_than_a_division_by_zero()
    {
        var scores = Scorer.Score(new ResultsFile(), new TruthSet([], []));

        Assert.Null(scores.Summary.PageType);
        Assert.Null(scores.Summary.Fields);
        Assert.Null(scores.Summary.Routing);
        Assert.Null(scores.Summary.Quarantine);
    }

    [Fact]
    public void Throughput_comes_from_timing()
    {
        var results = new ResultsFile { Timing = new Timing { WallSeconds = 120, Pages = 300, OcrPages = 75 } };

        var scores = Scorer.Score(results, SampleCorpus.Truth());

        Assert.Equal(150, scores.Summary.PagesPerMinute!.Value, 6);
        Assert.Equal(0.25, scores.Summary.OcrShare!.Value, 6);
    }

    [Fact]
    public void One_wrong_field_is_listed_and_lowers_its_key_only()
    {
        var results = SampleCorpus.PerfectResults().ReplaceFile("2026-01-05/report_b.pdf", f => f with
        {
            Documents = [f.Documents[0] with
            {
                Fields = new(f.Documents[0].Fields) { ["expertise.aipp"] = new FieldEntry { Value = Json.Parse("25") } },
            }],
        });

        var scores = Scorer.Score(results, SampleCorpus.Truth());

        var wrong = Assert.Single(scores.Fields.Wrong);
        Assert.Equal(("2026-01-05/report_b.pdf", "expertise.aipp", "30", "25"), (wrong.File, wrong.Key, wrong.Expected, wrong.Got));
        Assert.Equal(0.0, scores.Fields.PerKey["expertise.aipp"].Value);
        Assert.Equal(1.0, scores.Fields.PerKey["prejudice.aipp"].Value);
        Assert.Equal(new Ratio(3, 4), scores.Fields.PerDocumentType["rapport_expertise"]);
        Assert.Equal(new Ratio(22, 23), scores.Fields.Overall);
    }

    [Fact]
    public void A_field_not_output_is_wrong_and_extra_fields_cost_nothing()
    {
        var results = SampleCorpus.PerfectResults().ReplaceFile("2026-01-06/scan_c.tif", f => f with
        {
            Documents = f.Documents.Select(d => d.Type == "certificat_medical"
                ? d with { Fields = new() { ["certificat.date"] = new FieldEntry { Value = Json.Parse("\"2026-01-01\"") } } }
                : d).ToList(),
        });

        var scores = Scorer.Score(results, SampleCorpus.Truth());

        var wrong = Assert.Single(scores.Fields.Wrong);
        Assert.Equal("certificat.medecin", wrong.Key);
        Assert.Null(wrong.Got);
        Assert.False(scores.Fields.PerKey.ContainsKey("certificat.date"));
    }
}

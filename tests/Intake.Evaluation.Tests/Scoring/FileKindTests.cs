using Intake.Evaluation.Scoring;
using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Tests.Fixtures;

namespace Intake.Evaluation.Tests.Scoring;

public class FileKindTests
{
    [Theory]
    [InlineData("2026-01-05/a.PDF", "pdf")]
    [InlineData("b.tiff", "tif")]
    [InlineData("c.jpeg", "jpg")]
    [InlineData("noext", "(none)")]
    public void Kinds_are_normalised_extensions(string path, string kind) => Assert.Equal(kind, FileKindScorer.KindOf(path));

    [Fact]
    public void Scores_are_broken_down_per_file_kind()
    {
        var results = SampleCorpus.PerfectResults().ReplaceFile("2026-01-06/scan_c.tif", f => f with { Documents = [] });

        var kinds = Scorer.Score(results, SampleCorpus.Truth()).ByFileKind;

        Assert.Equal(["pdf", "tif"], kinds.Keys);
        Assert.Equal((4, 1), (kinds["pdf"].Files, kinds["pdf"].BrokenFiles));
        Assert.Equal(1.0, kinds["pdf"].Fields.Value);
        Assert.Equal(new Ratio(0, 5), kinds["tif"].PageType);
        Assert.Equal(0.0, kinds["tif"].Split.F1);
    }
}

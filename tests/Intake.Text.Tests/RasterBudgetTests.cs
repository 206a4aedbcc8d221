using Intake.Domain.Documents;
using Intake.Text.Tests.Fixtures;

namespace Intake.Text.Tests;

/// <summary>A file keeps at most TextOptions.MaxKeptRasterBytes of page rasters; the pages after that keep their words.</summary>
public sealed class RasterBudgetTests
{
    [Fact]
    public async Task Rasters_past_the_budget_are_released_and_their_pages_keep_their_text()
    {
        var full = await SharedReader.Instance.ReadAsync(SampleFiles.TwoPageTiff);
        Assert.All(full.Pages, p => Assert.NotNull(p.Image));
        long first = full.Pages[0].Image!.Pixels.LongLength;

        using var reader = new FileTextReader(new TextOptions { DegreeOfParallelism = 1, MaxKeptRasterBytes = first }, SharedReader.Instance.Pool);
        var budgeted = await reader.ReadAsync(SampleFiles.TwoPageTiff);

        Assert.NotNull(budgeted.Pages[0].Image);
        Assert.Null(budgeted.Pages[1].Image);
        Assert.Equal(TextSource.Ocr, budgeted.Pages[1].Source);
        Assert.Equal(full.Pages[1].Text, budgeted.Pages[1].Text);
    }
}

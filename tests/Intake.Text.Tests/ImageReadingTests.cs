using Intake.Domain.Documents;
using Intake.Text.Tests.Fixtures;

namespace Intake.Text.Tests;

public class ImageReadingTests
{
    private static readonly FileTextReader Reader = SharedReader.Instance;

    [Fact]
    public async Task Multi_page_tiff_gives_one_page_per_directory()
    {
        var file = await Reader.ReadAsync(SampleFiles.TwoPageTiff);

        Assert.Equal(2, file.Pages.Count);
        Assert.All(file.Pages, p => Assert.Equal(TextSource.Ocr, p.Source));
        PageAssert.ContainsText(file.Pages[0], "Demande d'indemnisation");
        PageAssert.ContainsText(file.Pages[1], "Courrier de transmission");
        Assert.Equal([1, 2], file.Pages.Select(p => p.Number));
        // 2480 x 3509 px at 300 dpi is A4 in points.
        Assert.Equal(595.2, file.Pages[0].Width, 0);
        Assert.Equal(842.2, file.Pages[0].Height, 0);
        PageAssert.BoxesInsidePage(file.Pages[1]);
    }

    [Fact]
    public async Task Jpeg_is_ocrd()
    {
        var file = await Reader.ReadAsync(SampleFiles.ClaimJpeg);

        var page = Assert.Single(file.Pages);
        PageAssert.ContainsText(page, "accident médical");
        Assert.True(page.MeanConfidence > 0.7);
        Assert.Equal(0, page.RotationDegrees);
        Assert.Contains(Reader.Stats.Pages, p => p.Source == TextSource.Ocr && p.OcrMs > 0 && p.DecodeMs > 0 && p.OcrPasses >= 1);
        Assert.Contains("OCR", Reader.Stats.Summary());
    }

    [Fact]
    public async Task Upside_down_page_is_turned_and_read()
    {
        var upright = await Reader.ReadAsync(SampleFiles.ClaimJpeg);
        var file = await Reader.ReadAsync(SampleFiles.UpsideDownPng);

        var page = Assert.Single(file.Pages);
        Assert.Equal(180, page.RotationDegrees);
        PageAssert.ContainsText(page, "Demande d'indemnisation");
        Assert.True(page.MeanConfidence > 0.7);
        // Boxes are in the corrected page's frame: the same place as on the upright scan.
        PageAssert.SamePlace(PageAssert.Find(upright.Pages[0], "DUPONT").Box, PageAssert.Find(page, "DUPONT").Box);
        Assert.NotNull(page.Image);
        Assert.True(page.Image!.Height > page.Image.Width); // portrait raster, rotated back
    }

    [Fact]
    public async Task Page_turned_90_degrees_is_turned_back()
    {
        var file = await Reader.ReadAsync(SampleFiles.SidewaysPng);

        var page = Assert.Single(file.Pages);
        Assert.Equal(270, page.RotationDegrees);
        Assert.True(page.Height > page.Width, $"{page.Width} x {page.Height}");
        PageAssert.ContainsText(page, "Courrier de transmission");
        Assert.Equal("Courrier de transmission", page.Lines[0].Text);
        PageAssert.BoxesInsidePage(page);
    }
}

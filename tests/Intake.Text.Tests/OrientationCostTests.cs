using System.Text;
using Intake.Domain.Documents;
using Intake.Text.Ocr;
using Intake.Text.Ocr.Native;
using Intake.Text.Tests.Fixtures;

namespace Intake.Text.Tests;

/// <summary>The orientation check must not cost extra OCR passes on pages that are merely blank or fine.</summary>
public class OrientationCostTests
{
    private static readonly TextOptions Options = new();

    private static OcrWord W(string text, int w, int h, double conf) => new(text, 0, 0, w, h, conf, 0);

    [Fact]
    public void A_page_without_any_word_is_blank_not_turned()
    {
        Assert.False(PageRecognizer.LooksWrong(new OcrPageResult([], 0), Options));
    }

    [Fact]
    public void Low_confidence_words_or_vertical_words_look_wrong()
    {
        Assert.True(PageRecognizer.LooksWrong(new OcrPageResult([W("ʍopuᴉɟ", 80, 20, 0.3)], 0.3), Options));
        var vertical = Enumerable.Range(0, 5).Select(_ => W("mots", 20, 90, 0.9)).ToList();
        Assert.True(PageRecognizer.LooksWrong(new OcrPageResult(vertical, 0.9), Options));
        var horizontal = Enumerable.Range(0, 5).Select(_ => W("mots", 90, 20, 0.9)).ToList();
        Assert.False(PageRecognizer.LooksWrong(new OcrPageResult(horizontal, 0.9), Options));
    }

    [Fact]
    public async Task Blank_scan_costs_no_ocr_pass_and_no_orientation_detection()
    {
        // A white A4 page at 150 dpi, as a scanner's blank back side.
        const int width = 1240, height = 1754;
        var pgm = SampleFiles.PathOf("blank-page.pgm");
        var header = Encoding.ASCII.GetBytes($"P5\n{width} {height}\n255\n");
        var pixels = Enumerable.Repeat((byte)255, width * height);
        await File.WriteAllBytesAsync(pgm, header.Concat(pixels).ToArray());
        var png = SampleFiles.Convert(pgm, "blank-page.png", ImageFileFormat.Png);

        using var reader = new FileTextReader(new TextOptions { DegreeOfParallelism = 1 });
        var page = Assert.Single((await reader.ReadAsync(png)).Pages);

        Assert.Equal(TextSource.Ocr, page.Source);
        Assert.Empty(page.Lines);
        Assert.Equal(0, page.RotationDegrees);
        var timing = Assert.Single(reader.Stats.Pages);
        Assert.Equal(0, timing.OcrPasses);
        Assert.True(timing.SkippedBlank);
        Assert.Equal(0, timing.OrientationMs);
    }
}

using Intake.Domain.Documents;
using Intake.Text.Tests.Fixtures;

namespace Intake.Text.Tests;

/// <summary>Values written in frames and boxes are read without the frames, upright or scanned sideways.</summary>
public class FramedValuesReadingTests
{
    private static readonly Lazy<string> Upright = new(() => SampleFiles.RasterToPng(FramedFormPdf.Write("framed.pdf"), 1, "framed.png"));
    private static readonly Lazy<string> Sideways = new(() => SampleFiles.Rotated(Upright.Value, 90, "framed-turned-90.png"));

    private static void ReadWithoutFrames(PageText page)
    {
        foreach (var (label, value) in FramedFormPdf.Rows)
        {
            var line = page.Lines.FirstOrDefault(l => l.Text.StartsWith(label.Split(' ')[0], StringComparison.Ordinal))
                ?? throw new Xunit.Sdk.XunitException($"no line for {label}: {page.Text}");
            Assert.EndsWith(value, line.Text);
            var valueWords = line.Words.Where(w => w.Box.X0 > 190).ToList();
            Assert.Equal(value, string.Join(' ', valueWords.Select(w => w.Text)));
        }
        var postcode = page.Lines.First(l => l.Text.StartsWith("Code", StringComparison.Ordinal));
        Assert.Equal(FramedFormPdf.Postcode, string.Concat(postcode.Words.Skip(2).Select(w => w.Text)));
    }

    [Fact]
    public async Task Frames_and_boxes_around_values_are_not_read_as_characters()
    {
        var file = await SharedReader.Instance.ReadAsync(Upright.Value);

        ReadWithoutFrames(Assert.Single(file.Pages));
    }

    [Fact]
    public async Task A_framed_form_scanned_sideways_is_read_without_its_frames()
    {
        var file = await SharedReader.Instance.ReadAsync(Sideways.Value);

        var page = Assert.Single(file.Pages);
        Assert.Equal(270, page.RotationDegrees);
        ReadWithoutFrames(page);
        Assert.NotNull(page.Image);
        Assert.True(page.Image!.Height > page.Image.Width); // the page keeps its original raster, turned upright
    }
}

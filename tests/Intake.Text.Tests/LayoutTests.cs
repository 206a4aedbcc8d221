using Intake.Domain.Documents;
using Intake.Text.Layout;
using Intake.Text.Pdf;

namespace Intake.Text.Tests;

public class LayoutTests
{
    private static Word W(string text, double x0, double y0, double x1, double y1) => new(text, new BBox(x0, y0, x1, y1), 1);

    [Fact]
    public void Words_on_the_same_row_form_one_line_left_to_right_top_to_bottom()
    {
        var lines = LineBuilder.Group(
        [
            W("DUPONT", 200, 700, 260, 712),
            W("second", 60, 680, 110, 692),
            W("Nom", 60, 701, 90, 713),
            W(":", 95, 700, 98, 712),
        ]);

        Assert.Equal(["Nom : DUPONT", "second"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Close_but_distinct_rows_stay_apart()
    {
        var lines = LineBuilder.Group([W("haut", 60, 712, 100, 722), W("bas", 60, 700, 100, 710)]);
        Assert.Equal(2, lines.Count);
        Assert.Equal("haut", lines[0].Text);
    }

    [Fact]
    public void Full_page_placement_maps_pixels_to_points_from_the_bottom_left()
    {
        var place = PagePlacement.FullPage(595, 842);
        // 300 dpi raster of an A4 page: a box 300 px from the left and top.
        var box = place.ToPoints(300, 300, 600, 400, 2479, 3508);
        Assert.Equal(72, box.X0, 0);
        Assert.Equal(144, box.X1, 0);
        Assert.Equal(842 - 72, box.Y1, 0);
        Assert.Equal(842 - 96, box.Y0, 0);
    }

    [Theory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void Rotating_a_placement_four_times_is_the_identity(int degrees)
    {
        var place = new PagePlacement(595, 842, 10, 20, 500, 800);
        var turned = place;
        for (int i = 0; i < 4; i++) turned = turned.RotatedClockwise(degrees);
        Assert.Equal(place, turned);
        var once = place.RotatedClockwise(degrees);
        if (degrees != 180) Assert.Equal((842.0, 595.0), (once.PageWidth, once.PageHeight));
    }

    [Fact]
    public void Quarter_turn_moves_the_top_left_corner_to_the_top_right()
    {
        var turned = new PagePlacement(600, 800, 0, 0, 100, 50).RotatedClockwise(90);
        Assert.Equal(new PagePlacement(800, 600, 750, 0, 50, 100), turned);
    }

    [Theory]
    [InlineData("indemnisation", true)]
    [InlineData("d'indemnisation", true)]
    [InlineData("05/01/2026", false)]
    [InlineData("\uFFFD\uFFFDab", false)]
    [InlineData("#%&*", false)]
    public void Plausible_words_are_told_from_garbage(string word, bool plausible) =>
        Assert.Equal(plausible, TextLayerQuality.IsPlausibleWord(word));

    [Fact]
    public void A_scan_with_only_a_stamp_needs_ocr_but_a_born_digital_page_does_not()
    {
        var options = new TextOptions();
        List<Word> stamp = [W("Reçu", 400, 40, 430, 50), W("le", 432, 40, 440, 50), W("05/01/2026", 442, 40, 500, 50)];
        var scan = new PageImages(0.99, null);
        var noImages = new PageImages(0, null);

        Assert.True(PdfPageSource.NeedsOcr(stamp, scan, options));
        Assert.False(PdfPageSource.NeedsOcr(stamp, noImages, options));
        Assert.True(PdfPageSource.NeedsOcr([], new PageImages(0.3, null), options)); // an ID card pasted on a page
        Assert.False(PdfPageSource.NeedsOcr([], noImages, options)); // blank page
        var manyWords = Enumerable.Range(0, 20).Select(i => W("accident", i * 20, 700, i * 20 + 18, 710)).ToList();
        Assert.False(PdfPageSource.NeedsOcr(manyWords, scan, options)); // scan already carrying a real OCR layer
        var garbage = Enumerable.Range(0, 20).Select(i => W("\uE001\uE002", i * 20, 700, i * 20 + 18, 710)).ToList();
        Assert.True(PdfPageSource.NeedsOcr(garbage, noImages, options));
    }

    [Fact]
    public void Long_lines_of_a_skewed_scan_are_not_cut_in_two()
    {
        // Three 14-word lines 20 pt apart, sloping up by 1.2° (dy/dx = 0.021): over 500 pt the right end of a
        // line is 10 pt higher than its left end, half-way to the line above.
        const double slope = 0.021;
        var words = new List<Word>();
        for (int line = 0; line < 3; line++)
            for (int i = 0; i < 14; i++)
            {
                double x = 50 + i * 36, y = 700 - line * 20 + slope * x;
                words.Add(W($"m{line}w{i}", x, y, x + 30, y + 9));
            }

        var lines = LineBuilder.Group(words);

        Assert.Equal(3, lines.Count);
        for (int line = 0; line < 3; line++)
            Assert.Equal(string.Join(' ', Enumerable.Range(0, 14).Select(i => $"m{line}w{i}")), lines[line].Text);
    }

    [Fact]
    public void Straight_pages_give_no_skew()
    {
        var rows = Enumerable.Range(0, 5)
            .Select(r => (IReadOnlyList<Word>)Enumerable.Range(0, 10).Select(i => W("mot", 50 + i * 40, 700 - r * 20, 80 + i * 40, 710 - r * 20)).ToList())
            .ToList();
        Assert.Equal(0, SkewEstimator.Estimate(rows));
    }

    [Fact]
    public void Hand_lettered_words_dancing_around_their_baseline_stay_on_their_line()
    {
        // Two lines 16 pt apart; words 12 pt tall, every other one raised by 5 pt (hand lettering).
        var words = new List<Word>();
        for (int line = 0; line < 2; line++)
            for (int i = 0; i < 8; i++)
            {
                double x = 60 + i * 50, y = 700 - line * 16 + (i % 2 == 0 ? 5 : 0);
                words.Add(W($"l{line}w{i}", x, y, x + 42, y + 12));
            }

        var lines = LineBuilder.Group(words);

        Assert.Equal(2, lines.Count);
        Assert.Equal(string.Join(' ', Enumerable.Range(0, 8).Select(i => $"l0w{i}")), lines[0].Text);
        Assert.Equal(string.Join(' ', Enumerable.Range(0, 8).Select(i => $"l1w{i}")), lines[1].Text);
    }
}

using Intake.Text.Images;
using Intake.Text.Tests.Fixtures;
using R = Intake.Text.Tests.Fixtures.LineRaster;

namespace Intake.Text.Tests;

/// <summary>Form lines (frames, rules, comb separators) are removed from the OCR copy of a page; writing stays.</summary>
public class FormLinesTests
{
    [Fact]
    public void Frame_around_a_value_goes_and_the_writing_inside_stays()
    {
        var page = new R().Frame(10, 10, 60, 8)
            .Line(15, 12, 15, 16)                       // an "I" inside
            .Line(20, 12, 20, 17.9).Line(20, 17.9, 23, 17.9) // an "L" standing on the frame's bottom
            .Line(30, 10.2, 27.5, 17.8)                 // a "/" touching both edges
            .Line(40, 10, 40, 18)                       // a "1" from edge to edge in the middle of the frame
            .Image;

        var clean = FormLines.Remove(page);

        Assert.NotNull(clean);
        Assert.Equal(0, R.InkIn(clean, 45, 9.5, 69, 10.5));   // top edge
        Assert.Equal(0, R.InkIn(clean, 45, 17.5, 69, 18.5));  // bottom edge
        Assert.Equal(0, R.InkIn(clean, 9.5, 11, 10.5, 17));   // left side
        Assert.Equal(0, R.InkIn(clean, 69.5, 11, 70.5, 17));  // right side
        Assert.True(R.InkIn(clean, 14.5, 12.5, 15.5, 15.5) > 0, "the I was erased");
        Assert.True(R.InkIn(clean, 19.5, 12.5, 20.5, 17) > 0, "the stem of the L was erased");
        Assert.True(R.InkIn(clean, 28, 13, 29.5, 15) > 0, "the slash was erased");
        Assert.True(R.InkIn(clean, 39.5, 11.5, 40.5, 16.5) > 0, "a stroke touching both edges in the middle of the frame is writing");
    }

    [Fact]
    public void Comb_separators_go_and_the_characters_in_the_cells_stay()
    {
        var raster = new R().Comb(10, 20, 5, 7, 10);
        for (int i = 0; i < 10; i += 2) raster.Line(12.5 + 5 * i, 22, 12.5 + 5 * i, 25); // a "1" in every other cell

        var clean = FormLines.Remove(raster.Image)!;

        var left = Enumerable.Range(1, 9).Where(i => R.InkIn(clean, 9.6 + 5 * i, 21, 10.4 + 5 * i, 26) > 0).ToList();
        Assert.True(left.Count == 0, $"separators left: {string.Join(", ", left)}");
        for (int i = 0; i < 10; i += 2)
            Assert.True(R.InkIn(clean, 12 + 5 * i, 22.5, 13 + 5 * i, 24.5) > 0, $"the character of cell {i} was erased");
    }

    [Fact]
    public void Comb_drawn_as_ticks_on_a_rule_goes()
    {
        var raster = new R().TickComb(10, 30, 6, 2, 8);
        raster.Line(13, 24, 13, 28.5); // a character in the first cell, not touching the rule

        var clean = FormLines.Remove(raster.Image)!;

        Assert.Equal(0, R.InkIn(clean, 9, 29.2, 60, 31)); // the rule
        for (int i = 0; i <= 8; i++) Assert.Equal(0, R.InkIn(clean, 9.5 + 6 * i, 27.5, 10.5 + 6 * i, 29.5)); // its ticks
        Assert.True(R.InkIn(clean, 12.5, 24.5, 13.5, 28) > 0);
    }

    [Fact]
    public void Checkboxes_and_letters_are_no_lines()
    {
        var page = new R()
            .Frame(10, 10, 4, 4).Frame(40, 10, 4, 4)   // two checkboxes
            .Ellipse(70, 12, 4, 3)                     // a large "O", enclosing nothing
            .Line(85, 10, 85, 15).Line(85, 10, 88, 10) // a "T" lying on its side
            .Image;

        var clean = FormLines.Remove(page);

        // nothing to remove: the page is given to OCR as it is
        Assert.Null(clean);
    }

    [Fact]
    public void A_ring_drawn_around_a_word_goes_and_the_word_stays()
    {
        var page = new R()
            .Line(60, 10, 60, 14).Line(62, 10, 64, 14).Line(66, 10, 66, 14) // the word in the ring
            .Ellipse(63, 12, 9, 4.5)
            .Image;

        var clean = FormLines.Remove(page)!;

        Assert.Equal(0, R.InkIn(clean, 53, 6.5, 73, 7.8));   // top of the ring
        Assert.Equal(0, R.InkIn(clean, 53, 16.2, 73, 17.5)); // its bottom
        Assert.True(R.InkIn(clean, 59.5, 10.5, 66.5, 13.5) > 0, "the circled word was erased");
    }

    [Fact]
    public void A_rule_on_a_page_scanned_askew_goes()
    {
        var page = new R().Line(10, 20, 110, 23.5).Line(10, 40, 16, 40.1).Image; // 2° askew; a short dash stays

        var clean = FormLines.Remove(page)!;

        Assert.Equal(0, R.InkIn(clean, 10, 18, 110, 26));
        Assert.True(R.InkIn(clean, 10, 39, 17, 41) > 0, "a stroke shorter than a rule was erased");
    }

    [Fact]
    public void A_dark_page_is_left_to_ocr()
    {
        var img = new R().Frame(10, 10, 60, 8).Image;
        var inverted = img with { Pixels = img.Pixels.Select(p => (byte)(255 - p)).ToArray() };

        Assert.Null(FormLines.Remove(inverted));
    }
}

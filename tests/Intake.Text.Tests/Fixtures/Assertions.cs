using Intake.Domain.Documents;

namespace Intake.Text.Tests.Fixtures;

internal static class PageAssert
{
    /// <summary>Every word box lies inside the page and is not degenerate.</summary>
    public static void BoxesInsidePage(PageText page)
    {
        Assert.NotEmpty(page.Words);
        foreach (var w in page.Words)
        {
            Assert.True(w.Box.X0 >= -0.5 && w.Box.X1 <= page.Width + 0.5, $"{w.Text} x {w.Box}");
            Assert.True(w.Box.Y0 >= -0.5 && w.Box.Y1 <= page.Height + 0.5, $"{w.Text} y {w.Box}");
            Assert.True(w.Box.Width > 0 && w.Box.Height > 0, $"{w.Text} empty box {w.Box}");
            Assert.InRange(w.Confidence, 0, 1);
        }
    }

    /// <summary>Case- and accent-sensitive containment in the page text with spaces normalised.</summary>
    public static void ContainsText(PageText page, string expected) =>
        Assert.Contains(expected, string.Join(' ', page.Lines.Select(l => l.Text)));

    public static Word Find(PageText page, string text) =>
        page.Words.FirstOrDefault(w => w.Text == text) ?? throw new Xunit.Sdk.XunitException($"'{text}' not on page {page.Number}: {page.Text}");

    /// <summary>A word read by OCR lies where the text layer has it (within a few points).</summary>
    public static void SamePlace(BBox expected, BBox actual, double tolerance = 4)
    {
        Assert.InRange(actual.X0, expected.X0 - tolerance, expected.X0 + tolerance);
        Assert.InRange(actual.CenterY, expected.CenterY - tolerance, expected.CenterY + tolerance);
    }
}

using Intake.Domain.Documents;
using UglyToad.PdfPig.Content;
using Word = Intake.Domain.Documents.Word;

namespace Intake.Text.Pdf;

/// <summary>Reads a page's text layer as words with boxes in points (bottom-left origin), confidence 1.</summary>
internal static class TextLayerReader
{
    public static List<Word> ReadWords(Page page)
    {
        var words = new List<Word>();
        if (page.Letters.Count == 0) return words; // a scan: no word extractor to set up
        foreach (var w in page.GetWords())
        {
            var text = w.Text.Trim();
            if (text.Length == 0) continue;
            var b = w.BoundingBox;
            double x0 = Math.Min(b.Left, b.Right), x1 = Math.Max(b.Left, b.Right);
            double y0 = Math.Min(b.Bottom, b.Top), y1 = Math.Max(b.Bottom, b.Top);
            if (y1 - y0 < 0.5)
            {
                // Non-embedded fonts give glyph boxes of zero height (top = bottom = baseline): use the point size.
                double size = w.Letters.Count > 0 ? w.Letters.Max(l => l.PointSize) : 10;
                if (size <= 0) size = 10;
                double baseline = y0;
                y0 = baseline - 0.22 * size;
                y1 = baseline + 0.78 * size;
            }
            words.Add(new Word(text, new BBox(x0, y0, x1, y1), 1.0));
        }
        return words;
    }
}

/// <summary>Tells real words from the garbage some scanners or broken fonts leave in a text layer.</summary>
public static class TextLayerQuality
{
    /// <summary>A word with at least two letters, mostly letters or digits, and no replacement/private-use glyph.</summary>
    public static bool IsPlausibleWord(string word)
    {
        int letters = 0, alnum = 0;
        foreach (char c in word)
        {
            if (c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF' || char.IsControl(c)) return false;
            if (char.IsLetter(c)) letters++;
            if (char.IsLetterOrDigit(c)) alnum++;
        }
        return letters >= 2 && alnum >= 0.6 * word.Length;
    }

    /// <summary>No replacement, private-use or control character, and at least one letter or digit.</summary>
    public static bool IsClean(string word) =>
        word.Any(char.IsLetterOrDigit) && !word.Any(c => c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF' || char.IsControl(c));

    public static int CountPlausible(IEnumerable<string> words) => words.Count(IsPlausibleWord);
}

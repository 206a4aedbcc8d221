using System.Text;
using Intake.Domain.Documents;
using Intake.Domain.Parsing;

namespace Intake.Extraction.Text;

/// <summary>Where a stretch of text lies: page (1-based in the file), box of its words, mean OCR confidence.</summary>
public readonly record struct SpanLocation(int Page, BBox? Box, double Confidence);

/// <summary>
/// A document's pages as one string (lines joined by '\n', pages by "\n\n") with, for every character,
/// the word it comes from. <see cref="Folded"/> is the same text lower-cased and accent-free, index-aligned,
/// so regular expressions can run on it and map back to words, pages and boxes.
/// </summary>
public sealed class DocumentText
{
    private readonly int[] wordAt;
    private readonly int[] pageAt;
    private readonly List<(int Page, Word Word)> words = [];

    private IReadOnlyList<DateMatch>? dates;

    /// <summary>Every date of the text (lazily parsed once).</summary>
    public IReadOnlyList<DateMatch> Dates => dates ??= FrenchDateParser.FindAll(Raw);

    public string Raw { get; }
    public string Folded { get; }
    public IReadOnlyList<PageText> Pages { get; }

    public DocumentText(IReadOnlyList<PageText> pages)
    {
        Pages = pages;
        var sb = new StringBuilder();
        var wa = new List<int>();
        var pa = new List<int>();
        void Add(string s, int word, int page)
        {
            sb.Append(s);
            for (int i = 0; i < s.Length; i++) { wa.Add(word); pa.Add(page); }
        }
        foreach (var page in pages)
        {
            if (sb.Length > 0) Add("\n\n", -1, page.Number);
            for (int li = 0; li < page.Lines.Count; li++)
            {
                if (li > 0) Add("\n", -1, page.Number);
                var line = page.Lines[li];
                for (int wi = 0; wi < line.Words.Count; wi++)
                {
                    if (wi > 0) Add(" ", -1, page.Number);
                    words.Add((page.Number, line.Words[wi]));
                    Add(line.Words[wi].Text, words.Count - 1, page.Number);
                }
            }
        }
        Raw = sb.ToString();
        Folded = TextFolding.Fold(Raw);
        wordAt = wa.ToArray();
        pageAt = pa.ToArray();
    }

    /// <summary>The page number (as in PageText.Number) at a character index.</summary>
    public int PageAt(int index) =>
        pageAt.Length == 0 ? (Pages.Count > 0 ? Pages[0].Number : 1) : pageAt[Math.Clamp(index, 0, pageAt.Length - 1)];

    /// <summary>The raw text of a span, single-spaced and trimmed.</summary>
    public string Slice(int start, int length) => TextFolding.CollapseSpaces(Raw.Substring(start, length));

    /// <summary>The page, box and mean word confidence of a span (words on the span's first page only).</summary>
    public SpanLocation Locate(int start, int length)
    {
        int page = PageAt(start);
        var used = new List<Word>();
        int last = -1;
        for (int i = Math.Max(0, start); i < Math.Min(Raw.Length, start + length); i++)
        {
            int w = wordAt[i];
            if (w < 0 || w == last) continue;
            last = w;
            if (words[w].Page == page) used.Add(words[w].Word);
        }
        if (used.Count == 0) return new SpanLocation(page, null, 0.5);
        return new SpanLocation(page, BBox.Union(used.Select(x => x.Box)), used.Average(x => x.Confidence));
    }

    /// <summary>Index of the start of the line holding the character.</summary>
    public int LineStart(int index)
    {
        var i = Raw.LastIndexOf('\n', Math.Clamp(index, 0, Math.Max(0, Raw.Length - 1)));
        return i < 0 ? 0 : i + 1;
    }

    /// <summary>Index just past the end of the line holding the character.</summary>
    public int LineEnd(int index)
    {
        var i = Raw.IndexOf('\n', Math.Clamp(index, 0, Raw.Length));
        return i < 0 ? Raw.Length : i;
    }
}

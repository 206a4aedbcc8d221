using Intake.Domain.Documents;
using Intake.Domain.Parsing;

namespace Intake.Extraction.Layout;

/// <summary>One visual line of a form page, with normalised token keys per word and the section it belongs to.</summary>
public sealed class FormLine
{
    public FormLine(PageText page, int index, IReadOnlyList<Word> words)
    {
        Page = page;
        Index = index;
        Words = words;
        Keys = words.Select(w => MatchKeys.Of(w.Text)).ToArray();
    }

    public PageText Page { get; }
    /// <summary>Index of the line in the document's line list.</summary>
    public int Index { get; }
    public IReadOnlyList<Word> Words { get; }
    public IReadOnlyList<string> Keys { get; }
    /// <summary>Number of the cerfa section (1–7) the line lies in; 0 before the first section title.</summary>
    public int Section { get; set; }
    public bool IsHeading { get; set; }

    public BBox Box => BBox.Union(Words.Select(w => w.Box));
    public double Height => Words.Count == 0 ? 10 : Words.Average(w => w.Box.Height);
    public string Text => string.Join(' ', Words.Select(w => w.Text));

    /// <summary>
    /// Builds the lines of all pages; words glued to a label by a colon ("Nom:DUPONT") or a leader
    /// ("Nom.......DUPONT", "Nom____DUPONT") are split, and the leader dropped.
    /// </summary>
    public static List<FormLine> Build(IReadOnlyList<PageText> pages)
    {
        var list = new List<FormLine>();
        foreach (var page in pages)
            foreach (var line in page.Lines)
            {
                var words = line.Words.SelectMany(Leaders.Split).SelectMany(SplitAtColon).Where(w => w.Text.Length > 0).ToList();
                if (words.Count > 0) list.Add(new FormLine(page, list.Count, words));
            }
        return list;
    }

    private static IEnumerable<Word> SplitAtColon(Word w)
    {
        var t = w.Text;
        int c = t.IndexOf(':');
        if (c <= 0 || c >= t.Length - 1 || (char.IsDigit(t[c - 1]) && char.IsDigit(t[c + 1])) || t.Contains("://"))
        {
            yield return w;
            yield break;
        }
        double x = w.Box.X0 + w.Box.Width * (c + 1) / t.Length;
        yield return w with { Text = t[..(c + 1)], Box = w.Box with { X1 = x } };
        foreach (var rest in SplitAtColon(w with { Text = t[(c + 1)..], Box = w.Box with { X0 = x } }))
            yield return rest;
    }
}

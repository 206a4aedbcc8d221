using System.Text.RegularExpressions;
using Intake.Domain.Documents;

namespace Intake.Extraction.Layout;

/// <summary>
/// Leaders between a label and its value: runs of dots, ellipses, underscores or dashes ("Nom .......... DUPONT",
/// "Date ____ 12/03/1970"), which a text layer or the OCR may glue to the label, to the value or to both.
/// </summary>
public static partial class Leaders
{
    /// <summary>Three or more leader dots (an ellipsis counts), two or more underscores, or four or more dashes.</summary>
    [GeneratedRegex(@"(?:[.…·‥]\s?){3,}[.…·‥,:;_\-]*|…+[.…·‥,:;]*|_{2,}[_.…]*|[-–—]{4,}")]
    private static partial Regex Run();

    /// <summary>True when the word is nothing but leader (with stray colons or commas).</summary>
    public static bool IsLeader(string text)
    {
        var t = text.Trim();
        return t.Length >= 2 && Run().Match(t) is { Success: true } m && t.Replace(m.Value, "").Trim(':', ',', ';', '.', ' ').Length == 0;
    }

    /// <summary>The word cut at its leader runs, the runs dropped; boxes share the width by character count.</summary>
    public static IEnumerable<Word> Split(Word w)
    {
        var t = w.Text;
        var runs = Run().Matches(t);
        if (runs.Count == 0)
        {
            yield return w;
            yield break;
        }
        int from = 0;
        foreach (Match m in runs)
        {
            if (m.Index > from) yield return Part(w, from, m.Index);
            from = m.Index + m.Length;
        }
        if (from < t.Length) yield return Part(w, from, t.Length);
    }

    private static Word Part(Word w, int start, int end)
    {
        double per = w.Box.Width / Math.Max(1, w.Text.Length);
        var box = w.Box with { X0 = w.Box.X0 + per * start, X1 = w.Box.X0 + per * end };
        return w with { Text = w.Text[start..end], Box = box };
    }
}

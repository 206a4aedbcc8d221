using Intake.Domain.Documents;

namespace Intake.Extraction.Layout;

/// <summary>
/// Joins the characters of a comb field (one box per character: dates, NIR, postcodes, phone numbers, names in
/// capitals) back into words. The OCR or a text layer gives one word per box, evenly spaced; an empty box between two
/// runs of characters is a space. Box borders that the OCR kept as characters are dropped: bars and brackets
/// always ("[6|9", "3]"), and a bar-like glyph ("1", "I", "l") when it is taller than the characters around it or
/// reaches below or above them (a separator runs the box's full height or stands on its base line; a written "1"
/// sits among the other characters).
/// </summary>
public static class CombValue
{
    private const string BarGlyphs = "|1Il![]!";

    public static List<Word> Join(IReadOnlyList<Word> words)
    {
        var parts = words.SelectMany(SplitBars).ToList();
        var result = new List<Word>();
        int i = 0;
        while (i < parts.Count)
        {
            int end = RunEnd(parts, i);
            // three characters alone in a row at least, most words of the run single characters: prose has
            // few runs like "y a à" and never one per box
            int singles = parts.Skip(i).Take(end - i).Count(w => w.Text.Length == 1);
            if (singles >= 3 && singles >= 0.6 * (end - i))
            {
                result.AddRange(JoinRun(parts.GetRange(i, end - i)));
                i = end;
            }
            else result.Add(parts[i++]);
        }
        return result;
    }

    /// <summary>Bars inside a word are box borders: the word is cut there; brackets at its ends go too.</summary>
    private static IEnumerable<Word> SplitBars(Word w)
    {
        var t = w.Text;
        if (!t.Contains('|') && !(t.Length > 1 && (t[0] == '[' || t[^1] == ']')))
        {
            yield return w;
            yield break;
        }
        double per = w.Box.Width / Math.Max(1, t.Length);
        int start = 0;
        for (int k = 0; k <= t.Length; k++)
        {
            bool cut = k == t.Length || t[k] == '|' || (t[k] == '[' && k == 0) || (t[k] == ']' && k == t.Length - 1);
            if (!cut) continue;
            if (k > start)
                yield return w with { Text = t[start..k], Box = w.Box with { X0 = w.Box.X0 + per * start, X1 = w.Box.X0 + per * k } };
            start = k + 1;
        }
    }

    private static bool IsGlyph(Word w) =>
        w.Text.Length is 1 or 2 && w.Text.All(c => char.IsLetterOrDigit(c) || c is '/' or '-' or '.' or '\'');

    /// <summary>The end (exclusive) of the run of box-like characters starting at <paramref name="i"/>.</summary>
    private static int RunEnd(List<Word> parts, int i)
    {
        if (!IsGlyph(parts[i])) return i + 1;
        int j = i + 1;
        while (j < parts.Count && IsGlyph(parts[j]))
        {
            var a = parts[j - 1].Box;
            var b = parts[j].Box;
            double h = Math.Max(a.Height, b.Height);
            bool sameRow = Math.Abs(a.CenterY - b.CenterY) < 0.5 * h;
            if (!sameRow || b.X0 - a.X1 > 3 * h || b.X0 < a.X0) break;
            j++;
        }
        return j;
    }

    private static IEnumerable<Word> JoinRun(List<Word> run)
    {
        var ordinary = run.Where(w => !(w.Text.Length == 1 && BarGlyphs.Contains(w.Text[0]))).ToList();
        if (ordinary.Count == 0) ordinary = run;
        double h = Median(ordinary.Select(w => w.Box.Height));
        double bottom = Median(ordinary.Select(w => w.Box.Y0)), top = Median(ordinary.Select(w => w.Box.Y1));
        var kept = run.Where(w => !IsBorder(w, h, bottom, top)).ToList();
        if (kept.Count == 0) yield break;
        var gaps = new List<double>();
        for (int k = 1; k < kept.Count; k++) gaps.Add(kept[k].Box.X0 - kept[k - 1].Box.X1);
        double usual = gaps.Count == 0 ? 0 : Median(gaps);
        var token = new List<Word> { kept[0] };
        for (int k = 1; k < kept.Count; k++)
        {
            // an empty box between two characters: the gap grows by a whole box
            if (gaps[k - 1] > usual + 0.6 * h)
            {
                yield return Merge(token);
                token.Clear();
            }
            token.Add(kept[k]);
        }
        yield return Merge(token);
    }

    private static bool IsBorder(Word w, double h, double bottom, double top) =>
        w.Text.Length == 1 && BarGlyphs.Contains(w.Text[0])
        && (w.Box.Height > 1.25 * h || w.Box.Y0 < bottom - 0.2 * h || w.Box.Y1 > top + 0.2 * h);

    private static Word Merge(List<Word> token) =>
        token.Count == 1 ? token[0]
            : new Word(string.Concat(token.Select(w => w.Text)), BBox.Union(token.Select(w => w.Box)), token.Min(w => w.Confidence));

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToList();
        return v.Count == 0 ? 0 : v[v.Count / 2];
    }
}

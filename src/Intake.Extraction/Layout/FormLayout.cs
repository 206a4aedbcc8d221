using Intake.Domain.Documents;

namespace Intake.Extraction.Layout;

/// <summary>
/// A form document's lines with sections and every known label found on them. Values are looked up by label:
/// right of it on the same line, else in its column on the line(s) below, stopping at the next label.
/// </summary>
public sealed class FormLayout
{
    private readonly Dictionary<FormLine, List<LabelHit>> hitsByLine = [];

    public FormLayout(IReadOnlyList<PageText> pages, IReadOnlyList<LabelDef> labels)
    {
        Lines = FormLine.Build(pages);
        SectionDetector.Assign(Lines);
        foreach (var line in Lines) hitsByLine[line] = Scan(line, labels);
    }

    public IReadOnlyList<FormLine> Lines { get; }

    public IReadOnlyList<LabelHit> HitsOn(FormLine line) => hitsByLine[line];

    public IEnumerable<LabelHit> AllHits => Lines.SelectMany(l => hitsByLine[l]);

    /// <summary>Hits of a label id, optionally restricted to sections, in reading order.</summary>
    public IEnumerable<LabelHit> Find(string labelId, params int[] sections) =>
        AllHits.Where(h => h.Def.Id == labelId && (sections.Length == 0 || sections.Contains(h.Section)));

    private static List<LabelHit> Scan(FormLine line, IReadOnlyList<LabelDef> labels)
    {
        var hits = new List<LabelHit>();
        int i = 0;
        while (i < line.Words.Count)
        {
            LabelHit? best = null;
            int bestScore = int.MinValue;
            foreach (var def in labels)
                foreach (var key in def.Keys)
                {
                    if (key.Length <= bestScore) break;
                    int end = PhraseMatcher.MatchAt(line.Keys, i, key, out var d);
                    if (end < 0 || (d > 0 && !FirstWordMatches(line.Keys[i], key))) continue;
                    // longer labels win, but each edit costs: "decede" is "Décédé", not "Décédé le"
                    int score = key.Length - 3 * d;
                    if (score > bestScore)
                    {
                        best = new LabelHit(def, line, i, end, d);
                        bestScore = score;
                    }
                }
            if (best is null) { i++; continue; }
            hits.Add(best);
            i = best.End + 1;
        }
        return hits;
    }

    /// <summary>
    /// A label matched with OCR slips must start with its own first word read within tolerance: the edits of a
    /// long label must not all fall on one word ("Sexe de la victime" is not "Décès de la victime"), and a word of
    /// figures never starts a label of letters.
    /// </summary>
    private static bool FirstWordMatches(string firstWord, string labelKey)
    {
        // figures before a label are the end of the previous value ("07 41 52 59 70 Courriel"), not the label's start
        if (firstWord.All(char.IsDigit) && !char.IsDigit(labelKey[0])) return false;
        if (firstWord.Length < 3 || firstWord.Length >= labelKey.Length) return true;
        return Domain.Parsing.EditDistance.Levenshtein(firstWord, labelKey[..firstWord.Length]) <= Domain.Parsing.EditDistance.Tolerance(firstWord.Length);
    }

    /// <summary>The words of the value of a label: right of it on its line, else below it in its column.</summary>
    public IReadOnlyList<Word> ValueWords(LabelHit hit, int maxLinesBelow = 1)
    {
        var right = RightOnRow(hit);
        if (right.Count > 0) return right;
        return Below(hit, maxLinesBelow);
    }

    /// <summary>
    /// How reliably a value found at a label is that label's value: a label read exactly, at the head of its line
    /// or of a column (a form's label), weighs most; a label matched with OCR slips, or found in the middle of a
    /// sentence (the form's instructions, a footnote), much less.
    /// </summary>
    public static double LabelReliability(LabelHit hit, double method = 0.9)
    {
        double r = method * Math.Max(0.7, 1 - 0.04 * hit.Distance);
        if (InSentence(hit)) r *= 0.6;
        return r;
    }

    /// <summary>A label found amid a sentence's words ("… est à adresser par lettre recommandée …"), not heading a field.</summary>
    public static bool InSentence(LabelHit hit) => hit.Start >= 4 && hit.Line.Words.Count >= 10;

    /// <summary>
    /// Words right of the label on its line, with those the OCR put on a line of their own on the same visual row
    /// (hand-written values sit a little higher or lower than the printed label; a long run of spaced characters is
    /// sometimes cut in two lines), up to the next label of the row.
    /// </summary>
    public IReadOnlyList<Word> RightOnRow(LabelHit hit)
    {
        var right = RightOf(hit);
        var lb = hit.Box;
        double h = Math.Max(lb.Height, 4);
        bool InRow(BBox b) => b.CenterY >= lb.Y0 - 0.3 * h && b.CenterY <= lb.Y1 + 0.3 * h;
        var rowLines = new List<FormLine>();
        for (int li = Math.Max(0, hit.Line.Index - 2); li <= hit.Line.Index + 2 && li < Lines.Count; li++)
            if (Lines[li] != hit.Line && Lines[li].Page == hit.Line.Page && !Lines[li].IsHeading) rowLines.Add(Lines[li]);
        double stop = hitsByLine[hit.Line].FirstOrDefault(x => x.Start > hit.End)?.Box.X0 ?? double.MaxValue;
        foreach (var line in rowLines)
            foreach (var other in hitsByLine[line])
                if (InRow(other.Box) && other.Box.X0 > lb.X1) stop = Math.Min(stop, other.Box.X0);
        var words = new List<Word>();
        foreach (var line in rowLines)
        {
            // a line of its own holds nothing but the value: a line reaching left of the label is another row
            // (a photo taken askew brings the end of the line above into the band)
            if (hitsByLine[line].Count > 0 || line.Words.Any(w => w.Box.X0 <= lb.X1)) continue;
            words.AddRange(line.Words.Where(w => w.Box.X0 < stop && InRow(w.Box)));
        }
        if (words.Count == 0) return right;
        return Clean(right.Concat(words).OrderBy(w => w.Box.X0));
    }

    /// <summary>Words right of the label up to the next label on the line, without leaders and colons.</summary>
    public IReadOnlyList<Word> RightOf(LabelHit hit)
    {
        var line = hit.Line;
        var next = hitsByLine[line].FirstOrDefault(h => h.Start > hit.End);
        int stop = next?.Start ?? line.Words.Count;
        return Clean(line.Words.Skip(hit.End + 1).Take(stop - hit.End - 1));
    }

    /// <summary>Words under the label, in the label's column, on up to <paramref name="maxLines"/> lines.</summary>
    public IReadOnlyList<Word> Below(LabelHit hit, int maxLines)
    {
        var line = hit.Line;
        var nextOnLine = hitsByLine[line].FirstOrDefault(h => h.Start > hit.End);
        double x0 = hit.Box.X0 - hit.Line.Height * 1.5;
        double x1 = nextOnLine?.Box.X0 ?? double.MaxValue;
        var result = new List<Word>();
        double lastBottom = hit.Box.Y0;
        int taken = 0;
        for (int li = line.Index + 1; li < Lines.Count && taken < maxLines; li++)
        {
            var below = Lines[li];
            if (below.Page != line.Page || below.IsHeading) break;
            if (lastBottom - below.Box.Y1 > line.Height * 2.6) break;
            var inColumn = new List<int>();
            for (int w = 0; w < below.Words.Count; w++)
            {
                var cx = below.Words[w].Box.CenterX;
                if (cx >= x0 && cx < x1) inColumn.Add(w);
            }
            if (inColumn.Count == 0) { if (result.Count > 0) break; continue; }
            // a line holding a label in this column is the next field, not a value
            if (hitsByLine[below].Any(h => h.End >= inColumn[0] && h.Start <= inColumn[^1])) break;
            var cleaned = Clean(inColumn.Select(w => below.Words[w]));
            if (cleaned.Count == 0) continue; // a speck of scan noise read as "|" or "."
            result.AddRange(cleaned);
            lastBottom = below.Box.Y0;
            taken++;
        }
        return result;
    }

    /// <summary>
    /// Drops leaders, colons and box borders at the ends, and joins the characters of a comb field
    /// (<see cref="CombValue"/>).
    /// </summary>
    public static List<Word> Clean(IEnumerable<Word> words)
    {
        var list = new List<Word>();
        foreach (var w in words)
        {
            var t = w.Text.Trim();
            if (t.Length == 0 || t.All(c => c is '.' or '_' or '…' or ':' or '-' or '|' or '—' or '[' or ']') || Leaders.IsLeader(t)) continue;
            if (list.Count == 0) t = t.TrimStart(':', '.', '_', '…', ' ');
            t = t.Trim('_', '…');
            if (t.EndsWith("....", StringComparison.Ordinal)) t = t.TrimEnd('.');
            if (t.Length == 0) continue;
            list.Add(t == w.Text ? w : w with { Text = t });
        }
        return CombValue.Join(WithoutHint(list));
    }

    /// <summary>
    /// A filling hint printed between a label and its value ("(en majuscules)", "(jj/mm/aaaa)"): a group in
    /// brackets of a few words opening the value and followed by it.
    /// </summary>
    private static List<Word> WithoutHint(List<Word> words)
    {
        words = WithoutQualifier(words);
        if (words.Count < 2 || !words[0].Text.StartsWith('(')) return words;
        int close = words.FindIndex(w => w.Text.TrimEnd(':', '.').EndsWith(')'));
        if (close < 0 || close > 4 || close == words.Count - 1) return words;
        var rest = words.Skip(close + 1).ToList();
        if (rest.Count > 0 && rest[0].Text is ":" or "-") rest.RemoveAt(0);
        return rest.Count > 0 ? rest : words;
    }

    /// <summary>
    /// The end of a label printed without brackets and read as the start of the value: "Prénom(s) [dans l'ordre de
    /// l'état civil] JEAN", "Nom [du demandeur] MARTIN", "Taux d'AIPP [s'il est connu] 12". Dropped when a value
    /// follows it on the row (the qualifier alone is no value either).
    /// </summary>
    private static List<Word> WithoutQualifier(List<Word> words)
    {
        var joined = "";
        for (int k = 0; k < Math.Min(words.Count, LabelQualifiers.MaxWords); k++)
        {
            joined += Intake.Domain.Parsing.TextFolding.TokenKey(words[k].Text.Trim('(', ')', ':', ','));
            if (!LabelQualifiers.Keys.Contains(joined)) continue;
            var rest = words.Skip(k + 1).ToList();
            if (rest.Count > 0 && rest[0].Text is ":" or "-") rest.RemoveAt(0);
            return rest;
        }
        return words;
    }
}

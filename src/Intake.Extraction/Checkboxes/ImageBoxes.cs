using Intake.Domain.Documents;
using Intake.Extraction.Layout;

namespace Intake.Extraction.Checkboxes;

/// <summary>
/// Decides a checkbox question on a page raster from the boxes actually printed there (<see cref="BoxDetector"/>):
/// each option word is paired with the box just left of it (or, when no box is on the left, just right of it); when
/// the number of boxes after the question equals the number of options, boxes whose word the OCR garbled are
/// paired by their printed order. The one marked box wins; no marked box → a ring drawn around an option (ink
/// above and below it that is not printed text), else "nothing ticked".
/// </summary>
public static class ImageBoxes
{
    /// <summary>An option word found by text: line, word range, and where the option's own text starts (after a glued mark).</summary>
    public sealed record Option(OptionDef Def, FormLine Line, int First, int Last, double TextStart);

    public enum Outcome { Unknown, Decided, NothingTicked }

    public static (Outcome Outcome, CheckboxResult? Result) Decide(
        LabelHit question, IReadOnlyList<OptionDef> options, IReadOnlyList<Option> found, IReadOnlyList<FormLine> optionLines)
    {
        var page = question.Line.Page;
        var boxes = BoxDetector.On(page);
        if (boxes.Count == 0) return (Outcome.Unknown, null);

        var mapped = new Dictionary<OptionDef, DetectedBox>();
        var boxOf = BoxesOnTheirSide(boxes, found);
        foreach (var (f, b) in boxOf)
            if (b is not null && !mapped.ContainsValue(b)) mapped[f.Def] = b;

        var ordered = QuestionBoxes(boxes, question, optionLines);
        if (ordered.Count == options.Count && mapped.All(m => ordered.IndexOf(m.Value) == IndexOf(options, m.Key)))
            for (int i = 0; i < options.Count; i++) mapped[options[i]] = ordered[i];
        if (mapped.Count < 2) return (Outcome.Unknown, null);

        var byInk = mapped.OrderByDescending(m => m.Value.Ink).ToList();
        var best = byInk[0];
        double second = byInk[1].Value.Ink;
        bool all = mapped.Count == options.Count;
        if (best.Value.Marked && best.Value.Ink >= 1.5 * second + 0.02)
        {
            double conf = (second >= DetectedBox.MarkedInk ? 0.6 : all ? 0.95 : 0.88);
            // boxes paired with the options by their printed order alone, no option word read beside them: unsure
            if (found.Count == 0) conf = Math.Min(conf, 0.7);
            return (Outcome.Decided, Make(best.Key, conf, page, found, best.Value));
        }
        if (best.Value.Marked) return (Outcome.Unknown, null);
        // circled option: a ring of ink above and below the box and its word
        var rings = mapped.Select(m => (m.Key, v: RingInk(page, Around(m.Value, found.FirstOrDefault(f => f.Def == m.Key), optionLines), m.Value.Box)))
            .OrderByDescending(x => x.v).ToList();
        if (rings[0].v > 0.03 && rings[0].v > rings[1].v * 2.5 + 0.01)
            // a ring around an option whose words were not all found may as well circle the line next to it
            return (Outcome.Decided, Make(rings[0].Key, all && found.Count == options.Count ? 0.8 : 0.55, page, found, mapped[rings[0].Key]));
        return all ? (Outcome.NothingTicked, null) : (Outcome.Unknown, null);
    }

    /// <summary>
    /// Each option's box, on the side the form prints them: before the words ("☐ Oui ☐ Non") when the first option
    /// has a box before it and the last none after it, after them ("Oui ☐ Non ☐") in the opposite case (the box
    /// before an option is then the previous option's); otherwise the side pairing more options, then the closer.
    /// </summary>
    private static Dictionary<Option, DetectedBox?> BoxesOnTheirSide(IReadOnlyList<DetectedBox> boxes, IReadOnlyList<Option> found)
    {
        var left = found.ToDictionary(f => f, f => LeftBox(boxes, f));
        var right = found.ToDictionary(f => f, f => RightBox(boxes, f));
        if (found.Count == 0) return left;
        var ordered = found.OrderBy(f => f.Line.Index).ThenBy(f => f.First).ToList();
        bool firstBefore = left[ordered[0]] is not null, lastAfter = right[ordered[^1]] is not null;
        if (firstBefore && !lastAfter) return left;
        if (lastAfter && !firstBefore) return right;
        int l = left.Values.Where(b => b is not null).Distinct().Count(), r = right.Values.Where(b => b is not null).Distinct().Count();
        if (l != r) return l > r ? left : right;
        double Gap(Dictionary<Option, DetectedBox?> m, bool before) => m.Where(kv => kv.Value is not null).Sum(kv => before
            ? Math.Abs(kv.Key.TextStart - kv.Value!.Box.X1)
            : Math.Abs(kv.Value!.Box.X0 - kv.Key.Line.Words[kv.Key.Last].Box.X1));
        return Gap(right, false) < Gap(left, true) ? right : left;
    }

    private static int IndexOf(IReadOnlyList<OptionDef> options, OptionDef o)
    {
        for (int i = 0; i < options.Count; i++) if (options[i] == o) return i;
        return -1;
    }

    private static CheckboxResult Make(OptionDef o, double conf, PageText page, IReadOnlyList<Option> found, DetectedBox box)
    {
        var f = found.FirstOrDefault(x => x.Def == o);
        var where = f is null ? box.Box : BBox.Union(box.Box, BBox.Union(f.Line.Words.Skip(f.First).Take(f.Last - f.First + 1).Select(w => w.Box)));
        return new CheckboxResult(o.Code, conf, page.Number, where);
    }

    private static double Height(Option f) => Math.Max(f.Line.Words[f.First].Box.Height, 5);

    private static bool SameRow(BBox box, BBox word, double h) =>
        box.CenterY >= word.Y0 - 0.6 * h && box.CenterY <= word.Y1 + 0.6 * h;

    /// <summary>The nearest box ending just before the option's text.</summary>
    private static DetectedBox? LeftBox(IReadOnlyList<DetectedBox> boxes, Option f)
    {
        var word = f.Line.Words[f.First].Box;
        double h = Height(f);
        return BoxBefore(boxes, word, f.TextStart, h);
    }

    /// <summary>
    /// The nearest box ending just before where the option's text starts — or overlapping that start, when the OCR
    /// glued the box to the word ("[1représentant", "C3curateur") and the start is only estimated.
    /// </summary>
    public static DetectedBox? BoxBefore(IReadOnlyList<DetectedBox> boxes, BBox word, double textStart, double h) =>
        boxes.Where(b => SameRow(b.Box, word, h) && b.Box.X0 <= textStart + 0.5 * h
                         && b.Box.X1 <= textStart + 1.6 * h && b.Box.X1 >= textStart - 3 * h)
            .OrderByDescending(b => b.Box.X1).FirstOrDefault();

    /// <summary>The nearest box starting just after the option's last word.</summary>
    private static DetectedBox? RightBox(IReadOnlyList<DetectedBox> boxes, Option f)
    {
        var word = f.Line.Words[f.Last].Box;
        double h = Height(f);
        return boxes.Where(b => SameRow(b.Box, word, h) && b.Box.X0 >= word.X1 - 0.35 * h && b.Box.X0 <= word.X1 + 3 * h)
            .OrderBy(b => b.Box.X0).FirstOrDefault();
    }

    /// <summary>Boxes after the question label on its line, then on the option lines below, in reading order.</summary>
    private static List<DetectedBox> QuestionBoxes(IReadOnlyList<DetectedBox> boxes, LabelHit question, IReadOnlyList<FormLine> optionLines)
    {
        var list = new List<DetectedBox>();
        foreach (var line in optionLines)
        {
            var lb = line.Box;
            double h = Math.Max(line.Height, 5);
            double fromX = line == question.Line ? question.Box.X1 : lb.X0 - 3 * h;
            // a box centred well off the option line belongs to the next line (a date's comb boxes below "Non")
            var onLine = boxes.Where(b => b.Box.CenterY >= lb.Y0 - 0.25 * h && b.Box.CenterY <= lb.Y1 + 0.25 * h && b.Box.X0 >= fromX - 0.2 * h
                && !list.Contains(b)).OrderBy(b => b.Box.X0);
            list.AddRange(onLine);
        }
        return list;
    }

    /// <summary>
    /// The box and its option's words; when the option's words were not read (a ring drawn through them garbles
    /// them: "Couil D"), the words of its row that touch the box.
    /// </summary>
    private static BBox Around(DetectedBox box, Option? f, IReadOnlyList<FormLine> optionLines)
    {
        if (f is not null) return BBox.Union(box.Box, BBox.Union(f.Line.Words.Skip(f.First).Take(f.Last - f.First + 1).Select(w => w.Box)));
        double h = Math.Max(box.Box.Height, 5);
        var touching = optionLines.SelectMany(l => l.Words)
            .Where(w => SameRow(box.Box, w.Box, h) && w.Box.X1 >= box.Box.X0 - 1.5 * h && w.Box.X0 <= box.Box.X1 + 1.5 * h)
            .Select(w => w.Box).ToList();
        return touching.Count == 0 ? box.Box : BBox.Union(touching.Append(box.Box));
    }

    /// <summary>
    /// Ink where a ring around the option passes: the lesser of the bands above and below the printed box's row (the
    /// OCR'd word may already reach into the ring), as wide as the box and its word.
    /// </summary>
    private static double RingInk(PageText page, BBox area, BBox row)
    {
        double h = Math.Max(row.Height, 4);
        var top = new BBox(area.X0, row.Y1 + 0.12 * h, area.X1, row.Y1 + 0.7 * h);
        var bottom = new BBox(area.X0, row.Y0 - 0.7 * h, area.X1, row.Y0 - 0.12 * h);
        // a ring passes both above and below its option; the ring around a neighbouring option crosses one band only
        return Math.Min(RingBand.Ink(page, top, area), RingBand.Ink(page, bottom, area));
    }
}

using Intake.Domain.Documents;
using Intake.Domain.Parsing;
using Intake.Extraction.Layout;

namespace Intake.Extraction.Checkboxes;

/// <summary>One option of a checkbox question, with its wording variants ("d'un accident médical", "accident médical").</summary>
public sealed class OptionDef(string code, params string[] variants)
{
    public string Code { get; } = code;
    public IReadOnlyList<string> Keys { get; } =
        variants.Select(MatchKeys.Of).Where(k => k.Length > 0).OrderByDescending(k => k.Length).ToArray();

    public static readonly OptionDef[] YesNo = [new("oui", "Oui", "0ui", "oul"), new("non", "Non", "n0n")];
}

/// <summary>The ticked option of a question, how sure we are, and where the option word is.</summary>
public sealed record CheckboxResult(string Code, double Confidence, int Page, BBox? Box);

/// <summary>
/// Reads which option of a question is ticked: (a) a mark written beside the option word ("X Oui", "[X] Non",
/// "☒", "■", "✓"; before the words, or after them when the form prints its boxes after: "Oui ☐ Non ☒"), (b) ink
/// in the box beside the option word on a raster page (the option with clearly more ink than the others wins),
/// (c) an ink ring around the option word (circled option). Options may follow the question on its line or be
/// listed on the lines below it, one per line.
/// </summary>
public static class CheckboxReader
{
    private sealed record Found(OptionDef Option, FormLine Line, int First, int Last, MarkState Mark, double Ocr, double TextStart)
    {
        /// <summary>The mark written right after the option's words (glued or the next word).</summary>
        public MarkState After { get; init; }

        /// <summary>The tick before the option is only a box's edges read as a stroke ("[1"): <see cref="CheckMarks.IsEdgeTick"/>.</summary>
        public bool EdgeTick { get; init; }

        public BBox Box => BBox.Union(Line.Words.Skip(First).Take(Last - First + 1).Select(w => w.Box));
        public Word FirstWord => Line.Words[First];
    }

    public static CheckboxResult? Read(FormLayout layout, LabelHit question, IReadOnlyList<OptionDef> options, int maxLinesBelow = 2)
    {
        maxLinesBelow = Math.Max(maxLinesBelow, options.Count);
        var found = new List<Found>();
        var optionLines = new List<FormLine> { question.Line };
        FindOnLine(layout, question.Line, question.End + 1, StopOnLine(layout, question.Line, question.End), options, found);
        int lastLine = question.Line.Index + maxLinesBelow;
        for (int li = question.Line.Index + 1; li <= lastLine && li < layout.Lines.Count && found.Count < options.Count; li++)
        {
            var line = layout.Lines[li];
            if (line.Page != question.Line.Page || line.IsHeading) break;
            // a line of punctuation only (the label's colon the OCR put on a line of its own) holds no option
            if (line.Keys.All(k => k.Length == 0)) { lastLine++; optionLines.Add(line); continue; }
            var hits = layout.HitsOn(line);
            if (hits.Count > 0 && hits[0].Start == 0) break;
            // options printed on the question's line: a line below is another question unless it holds options
            int before = found.Count;
            FindOnLine(layout, line, 0, hits.Count > 0 ? hits[0].Start : line.Words.Count, options, found);
            if (found.Count == before && optionLines.Count == 1 && found.Count > 0) break;
            optionLines.Add(line);
        }
        if (question.Line.Page.Image is not null)
        {
            var (outcome, result) = ImageBoxes.Decide(question, options,
                found.Select(f => new ImageBoxes.Option(f.Option, f.Line, f.First, f.Last, f.TextStart)).ToList(), optionLines);
            if (outcome == ImageBoxes.Outcome.Decided) return result;
            if (outcome == ImageBoxes.Outcome.NothingTicked) return null;
        }
        if (found.Count == 0) return null;
        return Decide(MarksOnTheirSide(found));
    }

    private static int StopOnLine(FormLayout layout, FormLine line, int after) =>
        layout.HitsOn(line).FirstOrDefault(h => h.Start > after)?.Start ?? line.Words.Count;

    private static void FindOnLine(FormLayout layout, FormLine line, int from, int to, IReadOnlyList<OptionDef> options, List<Found> found)
    {
        var keys = new string[to - from];
        var glued = new MarkState[to - from];
        for (int i = from; i < to; i++)
        {
            var (mark, rest) = CheckMarks.SplitGluedMark(line.Words[i].Text);
            var restKey = MatchKeys.Of(rest);
            bool plainMatches = options.Any(o => o.Keys.Contains(line.Keys[i]));
            bool restMatches = options.Any(o => o.Keys.Any(k => k.StartsWith(restKey, StringComparison.Ordinal) && restKey.Length > 0));
            var (before, trailing) = CheckMarks.SplitTrailingMark(line.Words[i].Text);
            if (mark != MarkState.None && !plainMatches && restMatches)
            {
                keys[i - from] = restKey;
                glued[i - from] = mark;
            }
            else if (trailing != MarkState.None && !plainMatches && options.Any(o => o.Keys.Contains(MatchKeys.Of(before))))
                keys[i - from] = MatchKeys.Of(before); // "Non[X]": the box printed after the option, glued to it
            else if (!plainMatches && GluedOption(line.Keys[i], options) is { } suffix)
                keys[i - from] = suffix; // "CIOui", "[IJNon": a box read as letters glued to the option
            else keys[i - from] = line.Keys[i];
        }
        int p = 0;
        while (p < keys.Length)
        {
            // A tick or an empty box ("X", "[]", "☐") is never the start of an option, even when the fuzzy
            // matching would absorb it ("X d'un accident médical" ≈ "d'un accident médical").
            if (glued[p] == MarkState.None && CheckMarks.Classify(line.Words[from + p].Text) != MarkState.None) { p++; continue; }
            Found? hit = null;
            foreach (var option in options)
            {
                if (found.Any(f => f.Option == option)) continue;
                foreach (var key in option.Keys)
                {
                    int end = PhraseMatcher.MatchAt(keys, p, key, out int distance);
                    if (end < 0) continue;
                    // "nl représentant légal": a box read as letters fuzzily absorbed; the option starts one word later.
                    if (PhraseMatcher.MatchAt(keys, p + 1, key, out int later) >= 0 && later < distance) continue;
                    var mark = glued[p] != MarkState.None ? glued[p]
                        : p > 0 ? CheckMarks.Classify(line.Words[from + p - 1].Text) : MarkState.None;
                    var ocr = line.Words.Skip(from + p).Take(end - p + 1).Average(w => w.Confidence);
                    var first = line.Words[from + p].Box;
                    double start = keys[p] == line.Keys[from + p] || line.Keys[from + p].Length == 0 ? first.X0
                        : first.X1 - first.Width * keys[p].Length / line.Keys[from + p].Length;
                    var after = CheckMarks.SplitTrailingMark(line.Words[from + end].Text).Mark;
                    if (after == MarkState.None && from + end + 1 < to) after = CheckMarks.Classify(line.Words[from + end + 1].Text);
                    bool edge = glued[p] == MarkState.None && p > 0 && CheckMarks.IsEdgeTick(line.Words[from + p - 1].Text);
                    hit = new Found(option, line, from + p, from + end, mark, ocr, start) { After = after, EdgeTick = edge };
                    break;
                }
                if (hit is not null) break;
            }
            if (hit is null) { p++; continue; }
            found.Add(hit);
            p = hit.Last - from + 1;
        }
    }

    /// <summary>
    /// The marks of a form that prints its boxes after the options ("Oui ☐ Non ☒"): nothing marks the first option
    /// from before, something follows the last one. Each option then takes the mark that follows it (the mark
    /// before an option is the previous option's box).
    /// </summary>
    private static List<Found> MarksOnTheirSide(List<Found> found)
    {
        var ordered = found.OrderBy(f => f.Line.Index).ThenBy(f => f.First).ToList();
        bool before = ordered[0].Mark != MarkState.None, after = ordered[^1].After != MarkState.None;
        if (before || !after) return found;
        return found.Select(f => f with { Mark = f.After }).ToList();
    }

    /// <summary>The option key a word ends with after at most 3 stray characters (a box OCR'd as letters).</summary>
    private static string? GluedOption(string key, IReadOnlyList<OptionDef> options)
    {
        foreach (var o in options)
            foreach (var k in o.Keys)
                if (k.Length >= 3 && key.Length > k.Length && key.Length - k.Length <= 3 && key.EndsWith(k, StringComparison.Ordinal))
                    return k;
        return null;
    }

    private static CheckboxResult? Decide(List<Found> found)
    {
        var page = found[0].Line.Page;

        if (page.Image is not null && found.Count >= 2 && PrintedBoxes(found) is { } printed)
        {
            // The boxes printed beside the options were found: their interiors decide, not the ink around them
            // (an empty frame next to the end of the previous option's text is not a tick).
            var byBox = printed.OrderByDescending(x => x.Box.Ink).ToList();
            if (!byBox[0].Box.Marked) return null;
            if (byBox[0].Box.Ink < 1.5 * byBox[1].Box.Ink + 0.02) return null;
            return Result(byBox[0].Found, byBox[1].Box.Marked ? 0.6 : 0.9);
        }
        var ink = page.Image is not null && found.Count >= 2 ? DecideByInk(found) : null;
        // a glyph read as a tick ("]", "[1") beside a printed box left empty is OCR noise: the box decides
        var boxes = page.Image is null ? [] : BoxDetector.On(page);
        var ticked = found.Where(f => f.Mark == MarkState.Ticked && !HasEmptyPrintedBox(boxes, f)).ToList();
        Found? byText = ticked.Count == 1 ? ticked[0] : null;
        if (ink is not null)
        {
            var (f, margin) = ink.Value;
            double conf = 0.55 + 0.4 * margin;
            if (byText == f) conf = Math.Min(0.98, conf + 0.1);
            return Result(f, conf);
        }
        if (byText is not null)
        {
            // The page was looked at and shows no option with more ink than the others: a tick read only from a
            // box's edges ("[1") is then an empty box, and nothing is ticked.
            if (byText.EdgeTick && page.Image is not null && found.Count >= 2) return null;
            bool othersEmpty = found.Count >= 2 && found.Where(f => f != byText).All(f => f.Mark == MarkState.Empty);
            return Result(byText, (othersEmpty ? 0.93 : 0.82) * (0.6 + 0.4 * byText.Ocr));
        }
        if (ticked.Count > 1) return Result(ticked[0], 0.3);
        return null;
    }

    private static bool HasEmptyPrintedBox(IReadOnlyList<DetectedBox> boxes, Found f) =>
        ImageBoxes.BoxBefore(boxes, f.FirstWord.Box, f.TextStart, Math.Max(f.FirstWord.Box.Height, 5)) is { Marked: false };

    private static CheckboxResult Result(Found f, double conf) =>
        new(f.Option.Code, Math.Round(Math.Clamp(conf, 0.01, 0.99), 3), f.Line.Page.Number, f.Box);

    /// <summary>
    /// The printed box just left of each option word (<see cref="BoxDetector"/>), when every option has one and
    /// they are distinct; otherwise null.
    /// </summary>
    private static List<(Found Found, DetectedBox Box)>? PrintedBoxes(List<Found> found)
    {
        var boxes = BoxDetector.On(found[0].Line.Page);
        if (boxes.Count == 0) return null;
        var pairs = new List<(Found, DetectedBox)>();
        foreach (var f in found)
        {
            var box = ImageBoxes.BoxBefore(boxes, f.FirstWord.Box, f.TextStart, Math.Max(f.FirstWord.Box.Height, 5));
            if (box is null || pairs.Any(p => p.Item2 == box)) return null;
            pairs.Add((f, box));
        }
        return pairs;
    }

    /// <summary>The option with clearly more ink in its box (or in a ring around its word), and the margin in [0, 1].</summary>
    private static (Found, double)? DecideByInk(List<Found> found)
    {
        var page = found[0].Line.Page;
        var box = found.Select(f => (f, v: InkMeter.DarkRatio(page, BoxArea(f.FirstWord.Box)))).OrderByDescending(x => x.v).ToList();
        if (box[0].v > 0.02 && box[0].v > box[1].v * 1.4 + 0.01)
            return (box[0].f, Math.Clamp((box[0].v - box[1].v) / box[0].v, 0, 1));
        var ring = found.Select(f => (f, v: RingInk(page, f.Box))).OrderByDescending(x => x.v).ToList();
        if (ring[0].v > 0.03 && ring[0].v > ring[1].v * 2.5 + 0.01)
            return (ring[0].f, Math.Clamp((ring[0].v - ring[1].v) / ring[0].v, 0, 1));
        return null;
    }

    /// <summary>The area where a box printed just left of an option word lies.</summary>
    public static BBox BoxArea(BBox word)
    {
        double h = Math.Max(word.Height, 4);
        return new BBox(word.X0 - 2.1 * h, word.Y0 - 0.4 * h, word.X0 - 0.12 * h, word.Y1 + 0.4 * h);
    }

    private static double RingInk(PageText page, BBox word)
    {
        double h = Math.Max(word.Height, 4);
        var top = new BBox(word.X0 - 0.2 * h, word.Y1 + 0.12 * h, word.X1 + 0.2 * h, word.Y1 + 0.75 * h);
        var bottom = new BBox(word.X0 - 0.2 * h, word.Y0 - 0.75 * h, word.X1 + 0.2 * h, word.Y0 - 0.12 * h);
        return (RingBand.Ink(page, top, word) + RingBand.Ink(page, bottom, word)) / 2;
    }
}

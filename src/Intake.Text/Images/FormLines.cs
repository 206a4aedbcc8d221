using Intake.Domain.Documents;

namespace Intake.Text.Images;

/// <summary>
/// Removes the printed furniture of a form from a copy of its page raster before OCR: ruling lines, the frames drawn
/// around the values and the separators of per-character boxes (comb fields). Read with them, Tesseract turns frame
/// edges into characters ("[DUPONT LI)", "L16113…") and misreads the letters that touch them.
/// <para>
/// A rule is a run of ink at least <see cref="MinRuleMm"/> long, followed column by column with a drift of one pixel
/// (a scan a few degrees askew) and small breaks (<see cref="MaxGapMm"/>), that is thin (<see cref="MaxThicknessMm"/>),
/// evenly thick, straight and bordered by paper along nearly all its length (<see cref="RuleTracer"/>). A vertical
/// stroke is furniture when it is long (<see cref="MinFreeVerticalMm"/>), joins two rules at the end of one (a
/// frame's side), or belongs to a regular row of strokes of one length dividing most of a rule (a comb's separators,
/// full-height or ticks). Letters are shorter than a rule, and their strokes touching a rule are not evenly spaced
/// over it; checkboxes are smaller than a rule and keep their frames.
/// </para>
/// Rings drawn around an option go too (<see cref="Rings"/>): the OCR loses the words they circle.
/// The original raster stays the page's image for checkbox and signature detection; only OCR reads the copy.
/// </summary>
public static class FormLines
{
    /// <summary>Shortest horizontal rule: longer than any stroke of a letter or the side of a checkbox.</summary>
    public const double MinRuleMm = 9;

    /// <summary>A vertical stroke this long is a rule even when it touches no horizontal rule.</summary>
    public const double MinFreeVerticalMm = 12;

    /// <summary>Shortest vertical stroke examined (a comb's tick).</summary>
    public const double MinTickMm = 1.2;

    /// <summary>Thickest rule removed; a thicker run where a rule passes is a letter crossing it, and stays.</summary>
    public const double MaxThicknessMm = 0.8;

    /// <summary>Longest break bridged along a rule (dropout of a scan, JPEG noise).</summary>
    public const double MaxGapMm = 0.35;

    /// <summary>Unbroken length a stroke needs before a break in it is bridged (longer than a letter's stroke).</summary>
    public const double MinSolidMm = 3;

    /// <summary>Grey levels under the paper's level from which a pixel is ink.</summary>
    private const int InkContrast = 80;

    /// <summary>
    /// A copy of <paramref name="page"/> with its form lines painted white, or null when it has none (or it is
    /// mostly dark: an inverted or photographic page, left to OCR as it is).
    /// </summary>
    public static GrayImage? Remove(GrayImage page)
    {
        int w = page.Width, h = page.Height;
        if (w < 16 || h < 16) return null;
        var src = page.Pixels;
        int paper = BlankScan.PaperLevel(src);
        int threshold = paper - InkContrast;
        if (threshold <= 0) return null;
        double dpi = page.DpiX > 0 && page.DpiY > 0 ? (page.DpiX + page.DpiY) / 2 : 300;
        // lines are found on a reduced raster (a cell is ink when any of its pixels is): a quarter of the work at 300 dpi
        int f = Math.Max(1, (int)(dpi / WorkingDpi));
        int sw = (w + f - 1) / f, sh = (h + f - 1) / f;
        var small = new bool[sw * sh];
        long inkCount = 0;
        for (int y = 0; y < h; y++)
        {
            int row = y * w, srow = y / f * sw;
            for (int bx = 0, x = 0; bx < sw; bx++)
                for (int end = Math.Min(w, x + f); x < end; x++)
                    if (src[row + x] < threshold) { small[srow + bx] = true; inkCount++; }
        }
        if (inkCount > src.Length / 3) return null;
        var found = FindLines(small, sw, sh, dpi / f);
        if (found is null) return null;

        // the ink of the cells found goes, and the grey fringe around it (anti-aliasing, JPEG); letters' ink stays
        var px = (byte[])src.Clone();
        byte white = (byte)paper;
        for (int c = 0; c < found.Length; c++)
        {
            if (!found[c]) continue;
            int cx = c % sw * f, cy = c / sw * f;
            for (int y = cy; y < Math.Min(h, cy + f); y++)
                for (int x = cx; x < Math.Min(w, cx + f); x++)
                {
                    if (src[y * w + x] >= threshold) continue;
                    px[y * w + x] = white;
                    for (int ny = Math.Max(0, y - 1); ny <= Math.Min(h - 1, y + 1); ny++)
                        for (int nx = Math.Max(0, x - 1); nx <= Math.Min(w - 1, x + 1); nx++)
                        {
                            int j = ny * w + nx;
                            if (src[j] >= threshold && src[j] < paper) px[j] = white;
                        }
                }
        }
        return page with { Pixels = px };
    }

    /// <summary>Resolution lines are looked for at (a 300 dpi page is halved; 150 dpi and fax pages are used as they are).</summary>
    private const double WorkingDpi = 150;

    private static bool[]? FindLines(bool[] ink, int w, int h, double dpi)
    {
        int Px(double mm) => Math.Max(1, (int)Math.Round(mm * dpi / 25.4));
        var geometry = new RuleGeometry(Px(MaxThicknessMm), Px(MaxGapMm), Px(MinSolidMm));

        var mask = new bool[w * h];
        var horizontal = new RuleTracer(ink, w, h, horizontal: true, geometry).Trace(Px(MinRuleMm));
        foreach (var s in horizontal) s.Paint(mask);

        var vertical = new RuleTracer(ink, w, h, horizontal: false, geometry).Trace(Px(MinTickMm));
        var ticks = new List<(RuleSegment Stroke, RuleSegment Rule)>();
        int reach = Math.Max(3, Px(0.6));
        foreach (var s in vertical)
        {
            var top = RuleAt(horizontal, s.FirstAcross, s.Start, reach);
            var bottom = RuleAt(horizontal, s.LastAcross, s.End, reach);
            // a long stroke, or the side of a frame (from a rule's end to another's): furniture
            if (s.Length >= Px(MinFreeVerticalMm) || (top is not null && bottom is not null
                && (EndsAt(top, s.FirstAcross, reach) || EndsAt(bottom, s.LastAcross, reach))))
                s.Paint(mask);
            if ((top ?? bottom) is { } rule) ticks.Add((s, rule));
        }
        // strokes joining a rule in the middle are letters touching it, unless they divide it evenly (a comb)
        foreach (var s in CombTicks(ticks, Px(2.5), Px(12), reach))
            s.Paint(mask);
        foreach (var s in horizontal) s.PaintJunctions(mask, ink);
        bool rings = Rings.Paint(ink, w, h, dpi, mask);
        return horizontal.Count > 0 || rings || Array.IndexOf(mask, true) >= 0 ? mask : null;
    }

    /// <summary>The horizontal rule passing within <paramref name="reach"/> pixels of (x, y), if any.</summary>
    private static RuleSegment? RuleAt(List<RuleSegment> rules, int x, int y, int reach) =>
        rules.FirstOrDefault(r => x >= r.Start - reach && x <= r.End + reach && Math.Abs(r.AcrossAt(x) - y) <= reach);

    private static bool EndsAt(RuleSegment rule, int x, int reach) =>
        Math.Abs(x - rule.Start) <= reach || Math.Abs(x - rule.End) <= reach;

    /// <summary>
    /// Strokes standing on (or hanging from) the same rule at a regular pitch and of one length: at least three in a
    /// row (a frame's sides count), spacing within 15 % of the previous one, lengths within 25 % of their median, spread over most of the
    /// rule (a comb divides its whole length; letters written on a rule and touching it do not).
    /// </summary>
    private static IEnumerable<RuleSegment> CombTicks(List<(RuleSegment S, RuleSegment Rule)> ticks, int minPitch, int maxPitch, int reach)
    {
        foreach (var g in ticks.GroupBy(t => t.Rule))
        {
            // one stroke may be traced twice (from neighbouring columns of a thick line): one position each
            var row = new List<List<RuleSegment>>();
            foreach (var s in g.Select(t => t.S).OrderBy(s => s.FirstAcross))
            {
                if (row.Count > 0 && s.FirstAcross - row[^1][0].FirstAcross <= reach) row[^1].Add(s);
                else row.Add([s]);
            }
            int X(int k) => row[k][0].FirstAcross;
            int i = 0;
            while (i < row.Count)
            {
                int j = i + 1;
                while (j < row.Count)
                {
                    int pitch = X(j) - X(j - 1);
                    if (pitch < minPitch || pitch > maxPitch) break;
                    if (j - i >= 2)
                    {
                        int before = X(j - 1) - X(j - 2);
                        if (Math.Abs(pitch - before) > 0.15 * before + 2) break;
                    }
                    j++;
                }
                if (j - i >= 3 && X(j - 1) - X(i) >= 0.6 * g.Key.Length)
                {
                    var run = row.GetRange(i, j - i);
                    var lengths = run.Select(c => c.Max(s => s.Length)).OrderBy(l => l).ToList();
                    double median = lengths[lengths.Count / 2];
                    foreach (var c in run)
                        if (Math.Abs(c.Max(s => s.Length) - median) <= 0.25 * median + 1)
                            foreach (var s in c) yield return s;
                }
                i = Math.Max(j, i + 1);
            }
        }
    }
}

using Intake.Domain.Documents;

namespace Intake.Text.Images;

/// <summary>
/// Removes the printed furniture of a form from a copy of its page raster before OCR: ruling lines, the frames drawn
/// around the values and the separators of per-character boxes (comb fields). Read with them, Tesseract turns frame
/// edges into characters ("[DUPONT LI)", "L16113…") and misreads the letters that touch them.
/// <para>
/// A rule is a run of ink at least <see cref="MinRuleMm"/> long, thin (<see cref="MaxThicknessMm"/>) along most of
/// its length, followed column by column with a drift of one pixel (a scan a few degrees askew) and small breaks
/// (<see cref="MaxGapMm"/>). A vertical stroke is furniture when it is long (<see cref="MinFreeVerticalMm"/>),
/// joins rules at both ends (a frame's side, a full comb separator), or belongs to a regular row of short ticks
/// standing on one rule (a comb drawn with ticks). Letters are shorter than a rule, seldom touch two rules, and
/// their strokes are not evenly spaced ticks of one length; checkboxes are smaller than a rule and keep their frames.
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
        var geometry = new Geometry(Px(MaxThicknessMm), Px(MaxGapMm), Px(MinSolidMm));

        var mask = new bool[w * h];
        var horizontal = new Tracer(ink, w, h, horizontal: true, geometry).Trace(Px(MinRuleMm));
        foreach (var s in horizontal) s.Paint(mask);

        var vertical = new Tracer(ink, w, h, horizontal: false, geometry).Trace(Px(MinTickMm));
        var ticks = new List<(Segment Segment, Segment Rule)>();
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
    private static Segment? RuleAt(List<Segment> rules, int x, int y, int reach) =>
        rules.FirstOrDefault(r => x >= r.Start - reach && x <= r.End + reach && Math.Abs(r.AcrossAt(x) - y) <= reach);

    private static bool EndsAt(Segment rule, int x, int reach) =>
        Math.Abs(x - rule.Start) <= reach || Math.Abs(x - rule.End) <= reach;

    /// <summary>
    /// Strokes standing on (or hanging from) the same rule at a regular pitch and of one length: at least three in a
    /// row (a frame's sides count), spacing within 15 % of the previous one, lengths within 25 % of their median, spread over most of the
    /// rule (a comb divides its whole length; letters written on a rule and touching it do not).
    /// </summary>
    private static IEnumerable<Segment> CombTicks(List<(Segment S, Segment Rule)> ticks, int minPitch, int maxPitch, int reach)
    {
        foreach (var g in ticks.GroupBy(t => t.Rule))
        {
            // one stroke may be traced twice (from neighbouring columns of a thick line): one position each
            var row = new List<List<Segment>>();
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

    private readonly record struct Geometry(int MaxThickness, int MaxGap, int MinSolid);

    /// <summary>
    /// A traced stroke: along-coordinates <see cref="Start"/>..<see cref="End"/> (x for a horizontal one, y for a
    /// vertical one), and per step the across-coordinate and extent of the thin run it paints (-1 in a bridged gap).
    /// </summary>
    private sealed class Segment(bool horizontal, int width, int start, int[] across, int[] runFrom, int[] runTo, int thickness)
    {
        public int Start => start;
        public int End => start + across.Length - 1;
        public int Length => across.Length;
        public int FirstAcross => across.First(c => c >= 0);
        public int LastAcross => across.Last(c => c >= 0);

        /// <summary>The across-coordinate of the stroke at an along-coordinate (clamped to its ends).</summary>
        public int AcrossAt(int along)
        {
            int k = Math.Clamp(along - start, 0, across.Length - 1);
            for (int d = 0; d < across.Length; d++)
            {
                if (k - d >= 0 && across[k - d] >= 0) return across[k - d];
                if (k + d < across.Length && across[k + d] >= 0) return across[k + d];
            }
            return -1;
        }

        /// <summary>
        /// Where a stroke crosses or joins the rule (a thick step), the rule's own band once the crossing stroke is
        /// gone on both sides (a comb's tick, a frame's side); a letter crossing it keeps its ink.
        /// </summary>
        public void PaintJunctions(bool[] mask, bool[] ink)
        {
            int height = ink.Length / width;
            bool Clear(int a, int c)
            {
                int x = horizontal ? a : c, y = horizontal ? c : a;
                if (x < 0 || y < 0 || x >= width || y >= height) return true;
                int i = y * width + x;
                return !ink[i] || mask[i];
            }
            for (int k = 0; k < across.Length; k++)
            {
                if (runFrom[k] >= 0 || across[k] < 0) continue;
                int a = start + k, lo = across[k], hi = across[k] + thickness - 1;
                if (!Clear(a, lo - 1) || !Clear(a, hi + 1)) continue;
                for (int c = lo; c <= hi; c++)
                {
                    int x = horizontal ? a : c, y = horizontal ? c : a;
                    if (x >= 0 && y >= 0 && x < width && y < height) mask[y * width + x] = true;
                }
            }
        }

        public void Paint(bool[] mask)
        {
            for (int k = 0; k < across.Length; k++)
            {
                if (runFrom[k] < 0) continue;
                int a = start + k;
                for (int c = runFrom[k]; c <= runTo[k]; c++)
                    mask[horizontal ? c * width + a : a * width + c] = true;
            }
        }
    }

    /// <summary>Follows thin strokes in one direction (rows for horizontal rules, columns for vertical ones).</summary>
    private sealed class Tracer(bool[] ink, int w, int h, bool horizontal, Geometry g)
    {
        private readonly int alongMax = horizontal ? w : h;
        private readonly int acrossMax = horizontal ? h : w;
        private readonly bool[] visited = new bool[w * h];

        private int Index(int along, int across) => horizontal ? across * w + along : along * w + across;

        private bool Ink(int along, int across) =>
            along >= 0 && across >= 0 && along < alongMax && across < acrossMax && ink[Index(along, across)];

        /// <summary>Every stroke at least <paramref name="minLength"/> long and thin along most of it.</summary>
        public List<Segment> Trace(int minLength)
        {
            var found = new List<Segment>();
            var path = new List<int>();
            // in memory order whatever the direction: a stroke is only started at its first pixel along it
            for (int i = 0; i < ink.Length; i++)
            {
                if (!ink[i] || visited[i]) continue;
                int x = i % w, y = i / w;
                int a = horizontal ? x : y, c = horizontal ? y : x;
                if (Ink(a - 1, c)) continue;
                Follow(a, c, path);
                if (path.Count < minLength) continue;
                if (Thin(a, path) is { } s) found.Add(s);
            }
            return found;
        }

        /// <summary>The across-coordinate at each step from (a0, c0), -1 in bridged gaps.</summary>
        private void Follow(int a0, int c0, List<int> path)
        {
            path.Clear();
            int a = a0, c = c0, solid = 1;
            path.Add(c);
            visited[Index(a, c)] = true;
            while (true)
            {
                int next = Step(a + 1, c);
                if (next >= 0)
                {
                    a++;
                    c = next;
                    path.Add(c);
                    visited[Index(a, c)] = true;
                    solid++;
                    continue;
                }
                // a break is bridged on a stroke already longer than any letter's: letters a gap apart stay apart
                if (solid < g.MinSolid) break;
                solid = 0;
                int jump = -1, land = -1;
                for (int k = 2; k <= g.MaxGap + 1 && jump < 0; k++)
                {
                    int n = Step(a + k, c);
                    if (n >= 0) { jump = k; land = n; }
                }
                if (jump < 0) break;
                for (int k = 1; k < jump; k++) path.Add(-1);
                a += jump;
                c = land;
                path.Add(c);
                visited[Index(a, c)] = true;
            }
        }

        private int Step(int a, int c)
        {
            if (Ink(a, c)) return c;
            if (Ink(a, c + 1)) return c + 1;
            if (Ink(a, c - 1)) return c - 1;
            return -1;
        }

        /// <summary>
        /// The segment when the stroke is a rule: thin (at most the rule thickness across) along nearly all its length
        /// (crossings and junctions apart) and straight (a path around letters or along a ring wanders off a line).
        /// </summary>
        private Segment? Thin(int start, List<int> path)
        {
            var across = path.ToArray();
            var from = new int[across.Length];
            var to = new int[across.Length];
            int thin = 0, sideInk = 0, side = 0, firstThin = -1, lastThin = -1, gaps = 0;
            var thickness = new List<int>(across.Length);
            int band = g.MaxThickness / 2 + 1;
            for (int k = 0; k < across.Length; k++)
            {
                from[k] = to[k] = -1;
                int c = across[k];
                if (c < 0) { gaps++; continue; }
                int a = start + k;
                int lo = c, hi = c;
                while (lo - 1 >= 0 && Ink(a, lo - 1) && c - lo < g.MaxThickness) lo--;
                while (Ink(a, hi + 1) && hi - c < g.MaxThickness) hi++;
                if (hi - lo + 1 > g.MaxThickness) continue; // a letter's stroke crosses here: left as it is
                thin++;
                if (firstThin < 0) firstThin = k;
                lastThin = k;
                thickness.Add(hi - lo + 1);
                for (int d = 1; d <= band; d++)
                {
                    if (Ink(a, lo - 1 - d)) sideInk++;
                    if (Ink(a, hi + 1 + d)) sideInk++;
                }
                side += 2 * band;
                from[k] = lo;
                to[k] = hi;
            }
            // thick ends are the junctions with the rules a stroke joins, not crossings; paper along both sides: a
            // path along the top of a word that touching letters join has ink under it
            int steps = lastThin - firstThin + 1;
            if (thin == 0 || thin < 0.85 * steps - gaps || sideInk > 0.15 * side || !Even(thickness) || !Straight(across)) return null;
            return new Segment(horizontal, w, start, across, from, to, thickness.Order().ElementAt(thickness.Count / 2));
        }

        /// <summary>A rule is as thick all along (a path over the tops of letters passes arcs and bars of all sizes).</summary>
        private static bool Even(List<int> thickness)
        {
            if (thickness.Count == 0) return false;
            var sorted = thickness.Order().ToList();
            int median = sorted[sorted.Count / 2];
            int tolerance = Math.Max(1, median / 4);
            return thickness.Count(t => Math.Abs(t - median) <= tolerance) >= 0.75 * thickness.Count;
        }

        /// <summary>Steepest slope of a rule (≈4°): a page scanned askew, not a slash or a handwritten stroke.</summary>
        private const double MaxSlope = 0.07;

        /// <summary>Nearly all points within a rule's thickness of the least-squares line through them.</summary>
        private bool Straight(int[] across)
        {
            double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (int k = 0; k < across.Length; k++)
            {
                if (across[k] < 0) continue;
                n++; sx += k; sy += across[k]; sxx += (double)k * k; sxy += (double)k * across[k];
            }
            double den = n * sxx - sx * sx;
            double slope = den == 0 ? 0 : (n * sxy - sx * sy) / den, icpt = (sy - slope * sx) / n;
            double tolerance = Math.Max(2, g.MaxThickness / 3.0);
            int near = 0;
            for (int k = 0; k < across.Length; k++)
                if (across[k] >= 0 && Math.Abs(across[k] - (icpt + slope * k)) <= tolerance) near++;
            return Math.Abs(slope) <= MaxSlope && near >= 0.9 * n;
        }
    }
}

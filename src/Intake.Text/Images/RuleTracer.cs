namespace Intake.Text.Images;

/// <summary>Thickness of the rules looked for, the breaks bridged along them, and the unbroken length before a break is bridged (pixels).</summary>
internal readonly record struct RuleGeometry(int MaxThickness, int MaxGap, int MinSolid);

/// <summary>
/// A traced stroke: along-coordinates <see cref="Start"/>..<see cref="End"/> (x for a horizontal one, y for a
/// vertical one), and per step the across-coordinate and extent of the thin run it paints (-1 in a bridged gap).
/// </summary>
internal sealed class RuleSegment(bool horizontal, int width, int start, int[] across, int[] runFrom, int[] runTo, int thickness)
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
internal sealed class RuleTracer(bool[] ink, int w, int h, bool horizontal, RuleGeometry g)
{
    private readonly int alongMax = horizontal ? w : h;
    private readonly int acrossMax = horizontal ? h : w;
    private readonly bool[] visited = new bool[w * h];

    private int Index(int along, int across) => horizontal ? across * w + along : along * w + across;

    private bool Ink(int along, int across) =>
        along >= 0 && across >= 0 && along < alongMax && across < acrossMax && ink[Index(along, across)];

    /// <summary>Every stroke at least <paramref name="minLength"/> long and thin along most of it.</summary>
    public List<RuleSegment> Trace(int minLength)
    {
        var found = new List<RuleSegment>();
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
    private RuleSegment? Thin(int start, List<int> path)
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
        return new RuleSegment(horizontal, w, start, across, from, to, thickness.Order().ElementAt(thickness.Count / 2));
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

using Intake.Corpus.Model;
using Intake.Corpus.Rendering;

namespace Intake.Corpus.Content;

/// <summary>
/// Pours blocks of lines onto as many A4 pages as they need, the way <see cref="LayoutEngine"/> will draw them: each page
/// starts with its header lines (the first page's letterhead and title, a running header on the others) and ends with
/// its footer lines ("page k/n"), pushed to the foot of the sheet when asked. A block stays on one page unless it is
/// taller than a page. Heights are measured with the real layout in both the serif and the sans faces (the wider wins),
/// so that nothing a page holds is ever cut off at the bottom of the sheet.
/// </summary>
public sealed class PageFlow
{
    /// <summary>The lowest point a page's text may reach (the layout stops drawing a little lower).</summary>
    public const double Bottom = LayoutEngine.A4Height - 46;
    private const double Top = 72, GapHeight = 8;

    private static readonly Dictionary<(string, LineKind, bool), double> Cache = new();
    /// <summary>Baseline of a lone one-word line, in the sans and the serif faces.</summary>
    private static readonly double?[] MarkerAlone = new double?[2];
    private static readonly object CacheGate = new();

    private readonly Func<int, IReadOnlyList<Line>> _header;
    private readonly Func<int, int, IReadOnlyList<Line>> _footer;
    private readonly bool _footerAtBottom;

    /// <param name="header">Lines at the top of page k (0-based).</param>
    /// <param name="footer">Lines at the foot of page k of n; their height must not depend on k and n.</param>
    /// <param name="footerAtBottom">Whether blank space goes above the footer (a printed footer) or below it.</param>
    public PageFlow(Func<int, IReadOnlyList<Line>> header, Func<int, int, IReadOnlyList<Line>>? footer = null, bool footerAtBottom = true)
    {
        _header = header;
        _footer = footer ?? ((_, _) => []);
        _footerAtBottom = footerAtBottom;
    }

    /// <summary>An empty block: the next block starts a new page.</summary>
    public static readonly IReadOnlyList<Line> PageBreak = [];

    /// <summary>Lays the blocks out; every returned page is checked to fit the sheet unless <paramref name="verify"/> is false.</summary>
    public List<Page> Pour(IEnumerable<IReadOnlyList<Line>> blocks, bool verify = true)
    {
        double footerHeight = Height(_footer(0, 1));
        var bodies = new List<List<Line>> { new() };
        double used = Height(_header(0)) + footerHeight;
        foreach (var block in blocks)
        {
            if (block.Count == 0)
            {
                // An empty block is a page break (an annex starts on a new page).
                if (bodies[^1].Count > 0)
                {
                    bodies.Add([]);
                    used = Height(_header(bodies.Count - 1)) + footerHeight;
                }
                continue;
            }
            double h = Height(block);
            if (Top + used + h <= Bottom)
            {
                bodies[^1].AddRange(block);
                used += h;
                continue;
            }
            if (bodies[^1].Count > 0)
            {
                bodies.Add([]);
                used = Height(_header(bodies.Count - 1)) + footerHeight;
                if (Top + used + h <= Bottom)
                {
                    bodies[^1].AddRange(block);
                    used += h;
                    continue;
                }
            }
            // A block taller than a page goes line by line.
            foreach (var line in block)
            {
                double lh = Height(line);
                if (Top + used + lh > Bottom && bodies[^1].Count > 0)
                {
                    bodies.Add([]);
                    used = Height(_header(bodies.Count - 1)) + footerHeight;
                }
                bodies[^1].Add(line);
                used += lh;
            }
        }
        int n = bodies.Count;
        var pages = new List<Page>();
        for (int k = 0; k < n; k++)
        {
            var lines = new List<Line>(_header(k));
            lines.AddRange(bodies[k]);
            var footer = _footer(k, n);
            if (footer.Count > 0)
            {
                double free = Bottom - Top - Height(lines) - Height(footer);
                int gaps = _footerAtBottom ? (int)Math.Floor(free / GapHeight) : 1;
                for (int g = 0; g < gaps; g++) lines.Add(new Line([], LineKind.Gap));
                lines.AddRange(footer);
            }
            var page = new Page(lines);
            if (verify && !Fits(page)) throw new InvalidOperationException($"page {k + 1} of {n} does not fit the sheet: {lines.FirstOrDefault()?.PlainText}");
            pages.Add(page);
        }
        return pages;
    }

    /// <summary>A single page built by hand: checked to fit, or an exception (a template bug).</summary>
    public static Page Checked(Page page) =>
        Fits(page) ? page : throw new InvalidOperationException($"page does not fit the sheet: {page.Lines.FirstOrDefault()?.PlainText}");

    /// <summary>Whether every span of the page is drawn, inside the sheet, in both the serif and the sans faces.</summary>
    public static bool Fits(Page page) => page.Format != PageFormat.A4 || (Fits(page, serif: false) && Fits(page, serif: true));

    private static bool Fits(Page page, bool serif)
    {
        var layout = LayoutEngine.Layout(page, serif);
        var drawn = new HashSet<Span>(layout.Texts.Select(t => t.Source!).Concat(layout.Boxes.Where(b => b.Source is not null).Select(b => b.Source!)),
            ReferenceEqualityComparer.Instance);
        foreach (var line in page.Lines)
            foreach (var span in line.Spans)
                if ((span.Text.Length > 0 || span.Style is SpanStyle.Signature or SpanStyle.Checkbox) && !drawn.Contains(span)) return false;
        return layout.Texts.All(t => t.Baseline <= LayoutEngine.A4Height - 30 && t.X + Fonts.Measure(t.Text, t.Font, t.Size) <= LayoutEngine.A4Width - 20);
    }

    /// <summary>Vertical space the lines take, in points.</summary>
    public static double Height(IEnumerable<Line> lines) => lines.Sum(Height);

    public static double Height(Line line)
    {
        if (line.Kind == LineKind.Gap) return GapHeight;
        return Math.Max(Measure(line, serif: false), Measure(line, serif: true));
    }

    private static double Measure(Line line, bool serif)
    {
        // Single-span lines are cached by their text; other lines are measured each time.
        bool cacheable = line.Spans.Count == 1 && line.Spans[0].Column is null && line.Spans[0].Style is SpanStyle.Normal or SpanStyle.Bold;
        var key = (line.Spans.Count == 1 ? line.Spans[0].Style + "|" + line.Spans[0].Text : "", line.Kind, serif);
        if (cacheable) lock (CacheGate) if (Cache.TryGetValue(key, out var known)) return known;
        var marker = new Span("x");
        var markerLine = new Line([marker]);
        double alone = MarkerAlone[serif ? 1 : 0] ??= LayoutEngine.Layout(new Page([markerLine]), serif).Texts.Single().Baseline;
        var after = LayoutEngine.Layout(new Page([line, markerLine]), serif).Texts.FirstOrDefault(t => ReferenceEquals(t.Source, marker));
        double h = after is null ? LayoutEngine.A4Height : after.Baseline - alone;
        if (cacheable) lock (CacheGate) { if (Cache.Count > 50_000) Cache.Clear(); Cache[key] = h; }
        return h;
    }
}

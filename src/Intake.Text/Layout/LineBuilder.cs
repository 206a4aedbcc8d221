using Intake.Domain.Documents;

namespace Intake.Text.Layout;

/// <summary>
/// Groups words into visual lines (rows), top to bottom, each left to right. Used for both the PDF text layer and
/// OCR output, so that "Nom : DUPONT" is one line whichever way the page was read. A scan fed in slightly askew
/// is straightened first (<see cref="SkewEstimator"/>): otherwise the two ends of a long sloping line would come
/// out as two lines in the wrong order. Pure: words in, lines out; the words' boxes are not changed.
/// </summary>
public static class LineBuilder
{
    /// <summary>Minimum vertical overlap, relative to the smaller height, for a word to join a line.</summary>
    private const double MinOverlap = 0.5;

    public static IReadOnlyList<TextLine> Group(IEnumerable<Word> words)
    {
        var list = words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var rows = Rows(list, 0);
        double skew = SkewEstimator.Estimate(rows.Select(r => (IReadOnlyList<Word>)r.Words).ToList());
        if (skew != 0) rows = Rows(list, skew);
        return rows
            .OrderByDescending(r => r.CenterY)
            .Select(r => new TextLine(r.Words.OrderBy(w => w.Box.X0).ToList()))
            .ToList();
    }

    /// <summary>
    /// Rows of words, once the slope is taken out: first each word is chained to its nearest neighbour on the
    /// right when they overlap vertically (so that hand lettering, whose words dance around the baseline, stays
    /// one line), then chains that overlap vertically without colliding join one row (label and value columns).
    /// </summary>
    private static List<Row> Rows(List<Word> words, double slope)
    {
        var boxes = words.Select(w => Straighten(w.Box, slope)).ToArray();
        var chains = Chains(boxes);
        var rows = new List<Row>();
        foreach (var chain in chains.OrderByDescending(c => c.Average(i => boxes[i].CenterY)))
        {
            var box = BBox.Union(chain.Select(i => boxes[i]));
            double y0 = chain.Average(i => boxes[i].Y0), y1 = chain.Average(i => boxes[i].Y1);
            var mean = new BBox(box.X0, y0, box.X1, y1);
            Row? best = null;
            double bestScore = MinOverlap;
            // Rows are created top-down, so only the last few can still overlap this chain.
            for (int r = rows.Count - 1; r >= 0 && r >= rows.Count - 8; r--)
            {
                var row = rows[r];
                double score = row.VerticalOverlap(mean);
                if (score >= bestScore && chain.All(i => !row.CollidesHorizontally(boxes[i])))
                {
                    best = row;
                    bestScore = score;
                }
            }
            if (best is null) rows.Add(best = new Row());
            foreach (var i in chain) best.Add(words[i], boxes[i]);
        }
        return rows;
    }

    /// <summary>Groups of words linked left to right: each word to its nearest right neighbour on the same baseline.</summary>
    private static List<List<int>> Chains(BBox[] boxes)
    {
        int n = boxes.Length;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        var byX = Enumerable.Range(0, n).OrderBy(i => boxes[i].X0).ToArray();
        for (int a = 0; a < n; a++)
        {
            int i = byX[a];
            var bi = boxes[i];
            double h = Math.Max(bi.Height, 1);
            int best = -1;
            double bestGap = double.MaxValue;
            for (int b = a + 1; b < n; b++)
            {
                int j = byX[b];
                var bj = boxes[j];
                double gap = bj.X0 - bi.X1;
                if (bj.X0 > bi.X1 + 1.5 * Math.Max(h, bj.Height)) break;
                if (gap < -0.2 * Math.Min(bi.Width, bj.Width) || gap >= bestGap) continue;
                if (Overlap(bi, bj) < 0.5) continue;
                best = j;
                bestGap = gap;
            }
            if (best >= 0) parent[Find(best)] = Find(i);
        }
        return Enumerable.Range(0, n).GroupBy(Find).Select(g => g.OrderBy(i => boxes[i].X0).ToList()).ToList();
    }

    /// <summary>Vertical overlap of two boxes relative to the smaller height.</summary>
    private static double Overlap(BBox a, BBox b)
    {
        double smaller = Math.Min(a.Height, b.Height);
        if (smaller <= 0) return Math.Abs(a.CenterY - b.CenterY) < 1 ? 1 : 0;
        return (Math.Min(a.Y1, b.Y1) - Math.Max(a.Y0, b.Y0)) / smaller;
    }

    private static BBox Straighten(BBox b, double slope)
    {
        if (slope == 0) return b;
        double dy = slope * b.CenterX;
        return new BBox(b.X0, b.Y0 - dy, b.X1, b.Y1 - dy);
    }

    private sealed class Row
    {
        private double sumY0, sumY1;
        private readonly List<BBox> boxes = [];

        public List<Word> Words { get; } = [];

        private double Y0 => sumY0 / Words.Count;
        private double Y1 => sumY1 / Words.Count;
        public double CenterY => (Y0 + Y1) / 2;

        public void Add(Word w, BBox straightened)
        {
            Words.Add(w);
            boxes.Add(straightened);
            sumY0 += straightened.Y0;
            sumY1 += straightened.Y1;
        }

        /// <summary>The row's mean band against a word, as <see cref="Overlap"/> measures two words.</summary>
        public double VerticalOverlap(BBox b) => Overlap(new BBox(b.X0, Y0, b.X1, Y1), b);

        public bool CollidesHorizontally(BBox b) => boxes.Any(w =>
        {
            double overlap = Math.Min(w.X1, b.X1) - Math.Max(w.X0, b.X0);
            return overlap > 0.3 * Math.Min(w.Width, b.Width);
        });
    }
}

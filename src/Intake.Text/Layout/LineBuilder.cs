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

    /// <summary>Rows of words whose boxes, once the slope is taken out, overlap vertically.</summary>
    private static List<Row> Rows(List<Word> words, double slope)
    {
        var rows = new List<Row>();
        foreach (var (word, box) in words.Select(w => (w, Straighten(w.Box, slope))).OrderByDescending(p => p.Item2.CenterY))
        {
            Row? best = null;
            double bestScore = MinOverlap;
            // Rows are created top-down, so only the last few can still overlap this word.
            for (int i = rows.Count - 1; i >= 0 && i >= rows.Count - 8; i--)
            {
                var row = rows[i];
                double score = row.VerticalOverlap(box);
                if (score >= bestScore && !row.CollidesHorizontally(box))
                {
                    best = row;
                    bestScore = score;
                }
            }
            if (best is null) rows.Add(best = new Row());
            best.Add(word, box);
        }
        return rows;
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

        public double VerticalOverlap(BBox b)
        {
            double overlap = Math.Min(Y1, b.Y1) - Math.Max(Y0, b.Y0);
            double smaller = Math.Min(Y1 - Y0, b.Height);
            if (smaller <= 0) return Math.Abs(CenterY - b.CenterY) < 1 ? 1 : 0;
            return overlap / smaller;
        }

        public bool CollidesHorizontally(BBox b) => boxes.Any(w =>
        {
            double overlap = Math.Min(w.X1, b.X1) - Math.Max(w.X0, b.X0);
            return overlap > 0.3 * Math.Min(w.Width, b.Width);
        });
    }
}

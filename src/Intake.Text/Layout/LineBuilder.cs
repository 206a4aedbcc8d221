using Intake.Domain.Documents;

namespace Intake.Text.Layout;

/// <summary>
/// Groups words into visual lines (rows), top to bottom, each left to right. Used for both the PDF text layer and
/// OCR output, so that "Nom : DUPONT" is one line whichever way the page was read. Pure: words in, lines out.
/// </summary>
public static class LineBuilder
{
    /// <summary>Minimum vertical overlap, relative to the smaller height, for a word to join a line.</summary>
    private const double MinOverlap = 0.5;

    public static IReadOnlyList<TextLine> Group(IEnumerable<Word> words)
    {
        var rows = new List<Row>();
        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.Box.CenterY))
        {
            Row? best = null;
            double bestScore = MinOverlap;
            // Rows are created top-down, so only the last few can still overlap this word.
            for (int i = rows.Count - 1; i >= 0 && i >= rows.Count - 8; i--)
            {
                var row = rows[i];
                double score = row.VerticalOverlap(word.Box);
                if (score >= bestScore && !row.CollidesHorizontally(word.Box))
                {
                    best = row;
                    bestScore = score;
                }
            }
            if (best is null) rows.Add(best = new Row());
            best.Add(word);
        }
        return rows
            .OrderByDescending(r => r.CenterY)
            .Select(r => new TextLine(r.Words.OrderBy(w => w.Box.X0).ToList()))
            .ToList();
    }

    private sealed class Row
    {
        private double sumY0, sumY1;

        public List<Word> Words { get; } = [];

        private double Y0 => sumY0 / Words.Count;
        private double Y1 => sumY1 / Words.Count;
        public double CenterY => (Y0 + Y1) / 2;

        public void Add(Word w)
        {
            Words.Add(w);
            sumY0 += w.Box.Y0;
            sumY1 += w.Box.Y1;
        }

        public double VerticalOverlap(BBox b)
        {
            double overlap = Math.Min(Y1, b.Y1) - Math.Max(Y0, b.Y0);
            double smaller = Math.Min(Y1 - Y0, b.Height);
            if (smaller <= 0) return Math.Abs(CenterY - b.CenterY) < 1 ? 1 : 0;
            return overlap / smaller;
        }

        public bool CollidesHorizontally(BBox b) => Words.Any(w =>
        {
            double overlap = Math.Min(w.Box.X1, b.X1) - Math.Max(w.Box.X0, b.X0);
            return overlap > 0.3 * Math.Min(w.Box.Width, b.Width);
        });
    }
}

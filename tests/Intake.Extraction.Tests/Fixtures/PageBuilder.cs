using Intake.Domain.Documents;

namespace Intake.Extraction.Tests.Fixtures;

/// <summary>
/// Lays out lines of words with plausible boxes on an A4 page (PDF points, origin bottom-left), like a text
/// layer or an OCR result would. Each line may hold several segments at given x positions (columns).
/// </summary>
public sealed class PageBuilder(int number = 1, double fontSize = 10, TextSource source = TextSource.TextLayer)
{
    public const double PageWidth = 595, PageHeight = 842;
    private readonly List<TextLine> lines = [];
    private double y = PageHeight - 60;
    private double confidence = source == TextSource.Ocr ? 0.9 : 1.0;

    public double CharWidth => fontSize * 0.5;
    public double LineGap { get; set; } = 1.6;
    public GrayImage? Image { get; set; }

    public PageBuilder WithConfidence(double c) { confidence = c; return this; }

    /// <summary>Adds a line of segments: (x, text) pairs; words are separated by single spaces.</summary>
    public PageBuilder Line(params (double X, string Text)[] segments)
    {
        var words = new List<Word>();
        foreach (var (x0, text) in segments)
        {
            double x = x0;
            foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                double width = w.Length * CharWidth;
                words.Add(new Word(w, new BBox(x, y, x + width, y + fontSize), confidence));
                x += width + CharWidth;
            }
        }
        if (words.Count > 0) lines.Add(new TextLine(words));
        y -= fontSize * LineGap;
        return this;
    }

    public PageBuilder Line(string text, double x = 50) => Line((x, text));

    public PageBuilder Gap(double lines = 1) { y -= fontSize * LineGap * lines; return this; }

    /// <summary>The box of the first word equal to <paramref name="text"/> (after the n-th occurrence).</summary>
    public BBox BoxOf(string text, int occurrence = 0) =>
        lines.SelectMany(l => l.Words).Where(w => w.Text == text).Skip(occurrence).First().Box;

    public PageText Build() => new(number, PageWidth, PageHeight, lines.ToList(), source, confidence, 0) { Image = Image };
}

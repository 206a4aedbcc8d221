namespace Intake.Corpus.Model;

/// <summary>Small helpers to write pages line by line.</summary>
public sealed class PageBuilder
{
    private readonly List<Line> _lines = [];
    private readonly PageFormat _format;

    public PageBuilder(PageFormat format = PageFormat.A4) => _format = format;

    public int Count => _lines.Count;

    public PageBuilder Title(string text, bool centered = true) => Add(new Line([new Span(text, SpanStyle.Bold)], LineKind.Title, centered));
    public PageBuilder Heading(string text) => Add(new Line([new Span(text, SpanStyle.Bold)], LineKind.Heading));
    public PageBuilder Text(string text) => Add(new Line([new Span(text)]));
    public PageBuilder Bold(string text) => Add(new Line([new Span(text, SpanStyle.Bold)]));
    public PageBuilder Centered(string text, LineKind kind = LineKind.Text) => Add(new Line([new Span(text)], kind, true));
    public PageBuilder Small(string text) => Add(new Line([new Span(text)], LineKind.Small));
    public PageBuilder Mrz(string text) => Add(new Line([new Span(text, SpanStyle.Mono)], LineKind.Mrz));
    public PageBuilder Gap() => Add(new Line([], LineKind.Gap));
    public PageBuilder Spans(params Span[] spans) => Add(new Line(spans));
    public PageBuilder Footer(params Span[] spans) => Add(new Line(spans, LineKind.Footer));
    public PageBuilder Add(Line line) { _lines.Add(line); return this; }
    public PageBuilder AddRange(IEnumerable<Line> lines) { _lines.AddRange(lines); return this; }

    /// <summary>Line pitch factor of the built page (see <see cref="Page.Spacing"/>).</summary>
    public double Spacing { get; set; } = 1.0;

    public Page Build() => new(_lines.ToList(), _format) { Spacing = Spacing };
}

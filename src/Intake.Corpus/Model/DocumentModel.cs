namespace Intake.Corpus.Model;

/// <summary>How a piece of text is drawn.</summary>
public enum SpanStyle
{
    Normal,
    Bold,
    /// <summary>Hand-printed capitals (another font, per-glyph jitter) when rendered as a scan.</summary>
    Hand,
    Mono,
    /// <summary>A checkbox followed by its label; <see cref="Span.Checked"/> says whether it is ticked.</summary>
    Checkbox,
    /// <summary>A signature box; ink is drawn in it when <see cref="Span.Checked"/> is true.</summary>
    Signature,
    /// <summary>
    /// A leader between a label and its value: <see cref="Span.Text"/> (".", "_" or "…") repeated from the end of
    /// the previous span up to the start of the next one (or the end of the line).
    /// </summary>
    Leader,
}

/// <summary>
/// One box per character (a comb field): the value's characters go one per cell, in groups of
/// <see cref="Groups"/> cells with the printed <see cref="Separator"/> between groups ("/" for dates, "" for a gap).
/// FieldPerBox: when the page is written as a fillable PDF, one AcroForm field per cell rather than one comb field.
/// </summary>
public sealed record CombSpec(IReadOnlyList<int> Groups, string Separator = "", bool FieldPerBox = false)
{
    public int Cells => Groups.Sum();
}

/// <summary>A printed rectangle the value is written in: Width as a fraction of the text width, Height in points (0 = one line).</summary>
public sealed record FrameSpec(double Width, double Height = 0);

/// <summary>
/// A run of text on a line. Column, when set, is the start position as a fraction of the text width.
/// FormField names the AcroForm field that carries this value when the page is written as a fillable PDF
/// (then Tooltip is its label); such spans are values, not printed labels.
/// </summary>
public sealed record Span(string Text, SpanStyle Style = SpanStyle.Normal, double? Column = null, bool Checked = false)
{
    public string? FormField { get; init; }
    public string? Tooltip { get; init; }

    /// <summary>For a checkbox: the word comes first and the box after it ("Oui ☐").</summary>
    public bool BoxAfter { get; init; }

    /// <summary>The value is written one character per printed box; <see cref="Text"/> holds the characters only.</summary>
    public CombSpec? Comb { get; init; }

    /// <summary>The value is written inside a printed rectangle.</summary>
    public FrameSpec? Frame { get; init; }
}

/// <summary>The typographic role of a line.</summary>
public enum LineKind { Title, Heading, Text, Small, Mrz, Gap, Footer }

/// <summary>One line (or paragraph, wrapped at render time) of a page.</summary>
public sealed record Line(IReadOnlyList<Span> Spans, LineKind Kind = LineKind.Text, bool Centered = false)
{
    public string PlainText => string.Join(' ', Spans.Select(s => s.Style switch
    {
        SpanStyle.Checkbox when s.BoxAfter => s.Text + (s.Checked ? " ☒" : " ☐"),
        SpanStyle.Checkbox => (s.Checked ? "☒ " : "☐ ") + s.Text,
        SpanStyle.Leader => "",
        _ => s.Text,
    }).Where(t => t.Length > 0)).Trim();
}

/// <summary>Physical format of a page.</summary>
public enum PageFormat { A4, IdCard, Passport }

/// <summary>
/// One page of a document: lines top to bottom, or a blank back. Footer lines sit at the bottom of the sheet.
/// Spacing scales the line pitch (1 = the default; a dense edition below 1, a roomy one above).
/// </summary>
public sealed record Page(IReadOnlyList<Line> Lines, PageFormat Format = PageFormat.A4)
{
    public double Spacing { get; init; } = 1.0;

    public bool IsBlank => Lines.Count == 0;
    public static Page Blank() => new([]);
    public string PlainText => string.Join('\n', Lines.Where(l => l.Kind != LineKind.Gap).Select(l => l.PlainText));
}

/// <summary>
/// A logical document: its type code, its pages and the truth fields actually printed on it
/// (canonical keys of fields.md; values are string, DateOnly, bool, int, decimal or IReadOnlyList&lt;Period&gt;).
/// </summary>
public sealed class Document
{
    public Document(string type, IReadOnlyList<Page> pages, IReadOnlyDictionary<string, object> fields)
    {
        Type = type;
        Pages = pages;
        Fields = fields;
    }

    public string Type { get; }
    public IReadOnlyList<Page> Pages { get; private set; }
    public IReadOnlyDictionary<string, object> Fields { get; }

    /// <summary>Truth dossier key (D01…) or null for mail that belongs to no known dossier.</summary>
    public string? DossierKey { get; init; }

    /// <summary>
    /// The template the document was written from ("type/template", e.g. "document_medical/compte-rendu-operatoire");
    /// the renderer derives the template's typography (and, for identity papers, the card design) from it.
    /// </summary>
    public string Template { get; init; } = "";

    /// <summary>Adds a blank back after the given page (0-based); the blank belongs to this document.</summary>
    public void InsertBlankAfter(int pageIndex)
    {
        var list = Pages.ToList();
        list.Insert(pageIndex + 1, Page.Blank());
        Pages = list;
    }
}

namespace Intake.Domain.Documents;

/// <summary>Where a page's text came from.</summary>
public enum TextSource
{
    /// <summary>The PDF's own text layer (born-digital page): no OCR.</summary>
    TextLayer,
    /// <summary>Tesseract OCR of the page image.</summary>
    Ocr,
}

/// <summary>One word with its box and its confidence in [0, 1] (1 for a text layer).</summary>
public sealed record Word(string Text, BBox Box, double Confidence);

/// <summary>Words on one visual line, left to right.</summary>
public sealed record TextLine(IReadOnlyList<Word> Words)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));
    public BBox Box => BBox.Union(Words.Select(w => w.Box));
}

/// <summary>
/// A grey-level raster of a page (0 = black, 255 = white), row 0 at the top,
/// at the resolution it was scanned or rendered. Used for ink detection (checkboxes, signatures).
/// </summary>
public sealed record GrayImage(int Width, int Height, byte[] Pixels, double DpiX, double DpiY)
{
    public byte this[int x, int y] => Pixels[y * Width + x];

    /// <summary>Converts a box in PDF points (bottom-left origin) to pixel bounds (top-left origin), clamped.</summary>
    public (int X0, int Y0, int X1, int Y1) ToPixels(BBox box, double pageHeightPoints)
    {
        int x0 = (int)Math.Floor(box.X0 * DpiX / 72), x1 = (int)Math.Ceiling(box.X1 * DpiX / 72);
        int y0 = (int)Math.Floor((pageHeightPoints - box.Y1) * DpiY / 72), y1 = (int)Math.Ceiling((pageHeightPoints - box.Y0) * DpiY / 72);
        return (Math.Clamp(x0, 0, Width), Math.Clamp(y0, 0, Height), Math.Clamp(x1, 0, Width), Math.Clamp(y1, 0, Height));
    }
}

/// <summary>
/// The text of one page with the position of every word, in reading order.
/// Coordinates are those of the page as it should be read (after any rotation was corrected).
/// </summary>
public sealed record PageText(
    int Number,
    double Width,
    double Height,
    IReadOnlyList<TextLine> Lines,
    TextSource Source,
    double MeanConfidence,
    int RotationDegrees)
{
    /// <summary>The page raster when one exists (scanned pages); null for pure text-layer pages.</summary>
    public GrayImage? Image { get; init; }

    /// <summary>
    /// Boxes (PDF points, like words) of the vector marks drawn on a text-layer page that may be writing: curves and
    /// slanted or broken strokes, touching ones merged; the form's furniture (rectangles, horizontal and vertical rules)
    /// is left out. Bounded in number; empty for OCR pages, whose marks are in <see cref="Image"/>.
    /// </summary>
    public IReadOnlyList<BBox> Drawings { get; init; } = [];

    public IEnumerable<Word> Words => Lines.SelectMany(l => l.Words);

    public string Text => string.Join('\n', Lines.Select(l => l.Text));

    public bool IsBlank => Lines.Count == 0 || Lines.Sum(l => l.Words.Count) < 3;
}

/// <summary>A filled AcroForm field of a born-digital PDF.</summary>
/// <param name="Name">The field's full name (not standardised).</param>
/// <param name="Caption">The alternate name / tooltip (TU), when present: often the label.</param>
/// <param name="Value">Text value, or the export value of a checked box/radio.</param>
/// <param name="Checked">For checkboxes: whether it is checked; null for other fields.</param>
public sealed record FormField(string Name, string? Caption, string? Value, bool? Checked, int Page, BBox? Box);

/// <summary>Everything read from one file: its pages' text and its form fields.</summary>
public sealed record FileText(IReadOnlyList<PageText> Pages, IReadOnlyList<FormField> FormFields);

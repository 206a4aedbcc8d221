using Intake.Corpus.Model;

namespace Intake.Corpus.Rendering;

/// <summary>A run of text placed on the page, in points from the top-left corner (Y is the baseline).</summary>
public sealed record PlacedText(string Text, double X, double Baseline, double Size, FontKind Font, Span? Source);

public enum BoxKind
{
    Checkbox, Signature, Card, Photo,
    /// <summary>A printed rectangle: a value frame, a logo box or a "reserved for the administration" box.</summary>
    Frame,
    /// <summary>One cell of a comb field (one character per box).</summary>
    CombCell,
}

/// <summary>A box placed on the page (top-left origin, points).</summary>
public sealed record PlacedBox(double X, double Y, double W, double H, BoxKind Kind, bool Checked, Span? Source);

/// <summary>Everything drawn on one page, shared by the raster renderer and the PDF writers.</summary>
public sealed record PageLayout(double Width, double Height, IReadOnlyList<PlacedText> Texts, IReadOnlyList<PlacedBox> Boxes, bool IsBlank)
{
    /// <summary>Some lines did not fit on the sheet and were left out (a paginator must move them to the next page).</summary>
    public bool Overflowed { get; init; }
}

/// <summary>
/// Places the lines of a <see cref="Page"/> on an A4 sheet (flow layout with columns and word wrap; footer lines at
/// the bottom; leaders, value frames and comb fields).
/// </summary>
public static class LayoutEngine
{
    public const double A4Width = 595.28, A4Height = 841.89;

    /// <summary>Width and height of one comb cell.</summary>
    public const double CombCellWidth = 13.5, CombCellHeight = 15;

    public static PageLayout Layout(Page page, bool serif)
    {
        var texts = new List<PlacedText>();
        var boxes = new List<PlacedBox>();
        if (page.IsBlank) return new PageLayout(A4Width, A4Height, texts, boxes, true);

        double left = 56, top = 72, width = A4Width - 2 * 56, bottom = A4Height - 40;
        if (page.Format != PageFormat.A4)
        {
            double cw = page.Format == PageFormat.IdCard ? 340 : 390, ch = page.Format == PageFormat.IdCard ? 215 : 270;
            boxes.Add(new PlacedBox(60, 80, cw, ch, BoxKind.Card, false, null));
            boxes.Add(new PlacedBox(72, 100, 72, 86, BoxKind.Photo, false, null));
            left = 160; top = 92; width = cw - 110;
        }
        var footers = page.Lines.Where(l => l.Kind == LineKind.Footer).ToList();
        double footerBaseline = A4Height - 26 - 11 * (footers.Count - 1);
        foreach (var footer in footers)
        {
            PlaceSpans(footer, left, width, footerBaseline - 10, footerBaseline, 8, serif, texts, boxes);
            footerBaseline += 11;
        }
        if (footers.Count > 0) bottom = A4Height - 40 - 11 * footers.Count;

        double spacing = page.Spacing;
        double y = top;
        bool overflowed = false;
        foreach (var line in page.Lines)
        {
            if (line.Kind == LineKind.Footer) continue;
            if (line.Kind == LineKind.Gap) { y += 8 * spacing; continue; }
            double size = SizeOf(line.Kind, page.Format);
            bool hasHand = line.Spans.Any(s => s.Style == SpanStyle.Hand && s.Text.Length > 0);
            bool hasSignature = line.Spans.Any(s => s.Style == SpanStyle.Signature);
            bool hasCell = line.Spans.Any(s => s.Comb is not null || s.Frame is not null);
            double lineLeft = line.Kind == LineKind.Mrz && page.Format != PageFormat.A4 ? 70 : left;
            double lineWidth = line.Kind == LineKind.Mrz && page.Format != PageFormat.A4 ? width + 90 : width;
            double leading = hasSignature ? 46 : (hasHand ? Math.Max(size, 11) : size) * 1.55 * spacing;
            if (hasCell) leading = Math.Max(leading, CombCellHeight + 5);
            if (y + leading > bottom) { overflowed = true; break; } // never draw outside the sheet
            double baseline = y + (hasSignature ? 30 : hasCell ? CombCellHeight - 3 : size * 1.15);

            var only = line.Spans.Count == 1 ? line.Spans[0] : null;
            if (only is { Style: not (SpanStyle.Checkbox or SpanStyle.Signature or SpanStyle.Leader), Comb: null })
            {
                y += PlaceWrapped(line, only, lineLeft, lineWidth, y, baseline, size, leading, serif, texts, boxes);
                overflowed |= y > bottom;
                continue;
            }
            PlaceSpans(line, lineLeft, lineWidth, y, baseline, size, serif, texts, boxes);
            y += leading;
        }
        return new PageLayout(A4Width, A4Height, texts, boxes, false) { Overflowed = overflowed };
    }

    private static double SizeOf(LineKind kind, PageFormat format) => kind switch
    {
        LineKind.Title => 15, LineKind.Heading => 11.5, LineKind.Small => format == PageFormat.A4 ? 8.5 : 8,
        LineKind.Footer => 8, LineKind.Mrz => 10.5, _ => 10,
    };

    /// <summary>
    /// A one-span line, wrapped over as many rows as it needs (inside its frame when it has one); returns how far it
    /// moves the flow down. A paragraph that runs past the bottom is still drawn (the caller flags the overflow).
    /// </summary>
    private static double PlaceWrapped(Line line, Span span, double lineLeft, double lineWidth, double y, double baseline, double size,
        double leading, bool serif, List<PlacedText> texts, List<PlacedBox> boxes)
    {
        var font = FontOf(span.Style, line.Kind, serif);
        double sz = span.Style == SpanStyle.Hand ? 11 : size;
        double x0 = lineLeft + (span.Column ?? 0) * lineWidth;
        double pad = span.Frame is null ? 0 : 4;
        double right = span.Frame is { } f ? Math.Min(x0 + f.Width * lineWidth, lineLeft + lineWidth) : lineLeft + lineWidth;
        var rows = Wrap(span.Text, font, sz, right - x0 - 2 * pad).ToList();
        double rowsHeight = rows.Count * sz * 1.5;
        double height = span.Frame is { } fr ? Math.Max(fr.Height, rowsHeight + 2 * pad + 2) : rowsHeight;
        if (span.Frame is not null)
        {
            boxes.Add(new PlacedBox(x0, y + 1, right - x0, height, BoxKind.Frame, false, span));
            baseline = y + 1 + pad + sz * 1.05;
        }
        foreach (var row in rows)
        {
            double w = Fonts.Measure(row, font, sz);
            double x = line.Centered ? (A4Width - w) / 2 : x0 + pad;
            texts.Add(new PlacedText(row, x, baseline, sz, font, span));
            baseline += sz * 1.5;
        }
        return span.Frame is null ? rowsHeight - sz * 1.5 + leading : Math.Max(height + 4, leading);
    }

    /// <summary>Spans side by side on one row: columns, checkboxes (box before or after the word), leaders, frames, combs.</summary>
    private static void PlaceSpans(Line line, double lineLeft, double lineWidth, double y, double baseline, double size, bool serif,
        List<PlacedText> texts, List<PlacedBox> boxes)
    {
        double cursor = lineLeft, lineRight = lineLeft + lineWidth;
        for (int i = 0; i < line.Spans.Count; i++)
        {
            var span = line.Spans[i];
            double x = span.Column is { } col ? Math.Max(lineLeft + col * lineWidth, cursor) : cursor;
            var font = FontOf(span.Style, line.Kind, serif);
            double sz = span.Style == SpanStyle.Hand ? 11 : size;
            if (line.Centered && line.Spans.Count == 1) x = (A4Width - Fonts.Measure(span.Text, font, sz)) / 2;
            switch (span.Style)
            {
                case SpanStyle.Checkbox:
                    double b = size * 0.95;
                    if (span.BoxAfter)
                    {
                        texts.Add(new PlacedText(span.Text, x, baseline, size, font, span));
                        double bx = x + Fonts.Measure(span.Text, font, size) + 4;
                        boxes.Add(new PlacedBox(bx, baseline - b + 1, b, b, BoxKind.Checkbox, span.Checked, span));
                        cursor = bx + b + 10;
                    }
                    else
                    {
                        boxes.Add(new PlacedBox(x, baseline - b + 1, b, b, BoxKind.Checkbox, span.Checked, span));
                        texts.Add(new PlacedText(span.Text, x + b + 4, baseline, size, font, span));
                        cursor = x + b + 4 + Fonts.Measure(span.Text, font, size) + 8;
                    }
                    break;
                case SpanStyle.Signature:
                    boxes.Add(new PlacedBox(x, y + 2, 170, 40, BoxKind.Signature, span.Checked, span));
                    cursor = x + 178;
                    break;
                case SpanStyle.Leader:
                    double end = lineRight;
                    if (i + 1 < line.Spans.Count && line.Spans[i + 1].Column is { } next) end = lineLeft + next * lineWidth;
                    double from = cursor - 3, unit = Fonts.Measure(span.Text, font, size);
                    int count = unit <= 0 ? 0 : (int)Math.Floor((end - 4 - from) / unit);
                    if (count >= 2)
                    {
                        texts.Add(new PlacedText(string.Concat(Enumerable.Repeat(span.Text, count)), from, baseline, size, font, span));
                        cursor = from + count * unit + 4;
                    }
                    break;
                case var _ when span.Comb is { } comb:
                    cursor = PlaceComb(span, comb, x, y, baseline, sz, size, font, serif, texts, boxes);
                    break;
                default:
                    // The AcroForm writer needs a field box even where the value is empty.
                    double tw = Fonts.Measure(span.Text, font, sz);
                    if (span.Frame is { } frame)
                    {
                        double fw = Math.Min(Math.Max(frame.Width * lineWidth, tw + 10), lineRight - x + 2);
                        boxes.Add(new PlacedBox(x - 3, baseline - CombCellHeight + 3, fw, CombCellHeight + 1, BoxKind.Frame, false, span));
                        texts.Add(new PlacedText(span.Text, x + 1, baseline, sz, font, span));
                        cursor = x - 3 + fw + 6;
                    }
                    else
                    {
                        texts.Add(new PlacedText(span.Text, x, baseline, sz, font, span));
                        cursor = x + tw + 6;
                    }
                    break;
            }
        }
    }

    /// <summary>One cell per character, groups separated by the printed separator; returns the cursor after the comb.</summary>
    private static double PlaceComb(Span span, CombSpec comb, double x, double y, double baseline, double sz, double size, FontKind font,
        bool serif, List<PlacedText> texts, List<PlacedBox> boxes)
    {
        var sepFont = serif ? FontKind.Serif : FontKind.Sans;
        double cellTop = baseline - CombCellHeight + 3.5;
        int k = 0;
        for (int g = 0; g < comb.Groups.Count; g++)
        {
            if (g > 0)
            {
                if (comb.Separator.Length > 0)
                {
                    texts.Add(new PlacedText(comb.Separator, x + 2, baseline, size, sepFont, null));
                    x += Fonts.Measure(comb.Separator, sepFont, size) + 4;
                }
                else x += 6;
            }
            for (int c = 0; c < comb.Groups[g]; c++, k++)
            {
                boxes.Add(new PlacedBox(x, cellTop, CombCellWidth, CombCellHeight, BoxKind.CombCell, false, span));
                if (k < span.Text.Length && span.Text[k] != ' ')
                {
                    string ch = span.Text[k].ToString();
                    double w = Fonts.Measure(ch, font, sz);
                    texts.Add(new PlacedText(ch, x + (CombCellWidth - w) / 2, baseline, sz, font, span));
                }
                x += CombCellWidth;
            }
        }
        return x + 8;
    }

    private static FontKind FontOf(SpanStyle style, LineKind kind, bool serif) => style switch
    {
        SpanStyle.Hand => FontKind.Hand,
        SpanStyle.Mono => FontKind.Mono,
        SpanStyle.Bold => serif ? FontKind.SerifBold : FontKind.SansBold,
        _ when kind is LineKind.Title or LineKind.Heading => serif ? FontKind.SerifBold : FontKind.SansBold,
        _ when kind == LineKind.Mrz => FontKind.Mono,
        _ => serif ? FontKind.Serif : FontKind.Sans,
    };

    private static IEnumerable<string> Wrap(string text, FontKind font, double size, double width)
    {
        if (text.Length == 0) { yield return ""; yield break; }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var row = "";
        foreach (var w in words)
        {
            var candidate = row.Length == 0 ? w : row + " " + w;
            if (row.Length > 0 && Fonts.Measure(candidate, font, size) > width)
            {
                yield return row;
                row = w;
            }
            else row = candidate;
        }
        if (row.Length > 0) yield return row;
    }
}

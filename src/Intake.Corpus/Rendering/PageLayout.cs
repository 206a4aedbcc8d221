using Intake.Corpus.Model;

namespace Intake.Corpus.Rendering;

/// <summary>A run of text placed on the page, in points from the top-left corner (Y is the baseline).</summary>
public sealed record PlacedText(string Text, double X, double Baseline, double Size, FontKind Font, Span? Source);

public enum BoxKind { Checkbox, Signature, Card, Photo }

/// <summary>A box placed on the page (top-left origin, points).</summary>
public sealed record PlacedBox(double X, double Y, double W, double H, BoxKind Kind, bool Checked, Span? Source);

/// <summary>Everything drawn on one page, shared by the raster renderer and the PDF writers.</summary>
public sealed record PageLayout(double Width, double Height, IReadOnlyList<PlacedText> Texts, IReadOnlyList<PlacedBox> Boxes, bool IsBlank);

/// <summary>Places the lines of a <see cref="Page"/> on an A4 sheet (flow layout with columns and word wrap).</summary>
public static class LayoutEngine
{
    public const double A4Width = 595.28, A4Height = 841.89;

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
        double y = top;
        foreach (var line in page.Lines)
        {
            if (line.Kind == LineKind.Gap) { y += 8; continue; }
            double size = line.Kind switch
            {
                LineKind.Title => 15, LineKind.Heading => 11.5, LineKind.Small => page.Format == PageFormat.A4 ? 8.5 : 8,
                LineKind.Mrz => 10.5, _ => 10,
            };
            bool hasHand = line.Spans.Any(s => s.Style == SpanStyle.Hand && s.Text.Length > 0);
            bool hasSignature = line.Spans.Any(s => s.Style == SpanStyle.Signature);
            double lineLeft = line.Kind == LineKind.Mrz && page.Format != PageFormat.A4 ? 70 : left;
            double lineWidth = line.Kind == LineKind.Mrz && page.Format != PageFormat.A4 ? width + 90 : width;
            double leading = hasSignature ? 46 : (hasHand ? Math.Max(size, 11) : size) * 1.55;
            if (y + leading > bottom) break; // never draw outside the sheet
            double baseline = y + (hasSignature ? 30 : size * 1.15);

            if (line.Spans.Count == 1 && line.Spans[0].Style is not (SpanStyle.Checkbox or SpanStyle.Signature))
            {
                var span = line.Spans[0];
                var font = FontOf(span.Style, line.Kind, serif);
                double sz = span.Style == SpanStyle.Hand ? 11 : size;
                double x0 = lineLeft + (span.Column ?? 0) * lineWidth;
                foreach (var row in Wrap(span.Text, font, sz, lineLeft + lineWidth - x0))
                {
                    double w = Fonts.Measure(row, font, sz);
                    double x = line.Centered ? (A4Width - w) / 2 : x0;
                    texts.Add(new PlacedText(row, x, baseline, sz, font, span));
                    baseline += sz * 1.5;
                    y += sz * 1.5;
                }
                y += leading - sz * 1.5;
                continue;
            }

            double cursor = lineLeft;
            foreach (var span in line.Spans)
            {
                double x = span.Column is { } col ? Math.Max(lineLeft + col * lineWidth, cursor) : cursor;
                var font = FontOf(span.Style, line.Kind, serif);
                double sz = span.Style == SpanStyle.Hand ? 11 : size;
                switch (span.Style)
                {
                    case SpanStyle.Checkbox:
                        double b = size * 0.95;
                        boxes.Add(new PlacedBox(x, baseline - b + 1, b, b, BoxKind.Checkbox, span.Checked, span));
                        texts.Add(new PlacedText(span.Text, x + b + 4, baseline, size, font, span));
                        cursor = x + b + 4 + Fonts.Measure(span.Text, font, size) + 8;
                        break;
                    case SpanStyle.Signature:
                        boxes.Add(new PlacedBox(x, y + 2, 170, 40, BoxKind.Signature, span.Checked, span));
                        cursor = x + 178;
                        break;
                    default:
                        // The AcroForm writer needs a field box even where the value is empty.
                        texts.Add(new PlacedText(span.Text, x, baseline, sz, font, span));
                        cursor = x + Fonts.Measure(span.Text, font, sz) + 6;
                        break;
                }
            }
            y += leading;
        }
        return new PageLayout(A4Width, A4Height, texts, boxes, false);
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

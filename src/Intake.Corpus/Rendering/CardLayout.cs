using Intake.Corpus.Model;

namespace Intake.Corpus.Rendering;

/// <summary>
/// Lays out the sides of an identity paper at their physical size (times a magnification, as a copier enlarges):
/// the lines up to the title form a header across the card, the photo sits on the left of the side that carries
/// the title (the front), the other lines run in the text column, and MRZ lines fill the bottom in a monospaced face.
/// A photocopy page holds the front and the back one after the other, separated by a gap line.
/// </summary>
public static class CardLayout
{
    private const double LabelSize = 4.9, ValueSize = 7.2, TitleSize = 7.6, HeaderSize = 5.4;

    /// <summary>The sides of a card page: one for a card page, front and back for a photocopy sheet.</summary>
    public static IReadOnlyList<IReadOnlyList<Line>> Sides(Page page)
    {
        var sides = new List<IReadOnlyList<Line>>();
        var current = new List<Line>();
        foreach (var line in page.Lines)
        {
            if (line.Kind == LineKind.Gap)
            {
                if (current.Count > 0) sides.Add(current);
                current = [];
            }
            else current.Add(line);
        }
        if (current.Count > 0) sides.Add(current);
        return sides;
    }

    /// <summary>An A4 sheet with the card's sides laid one under the other from (x, y), each magnified.</summary>
    public static PageLayout OnSheet(Page page, CardDesign design, double magnification, double x, double y, double gap = 36)
    {
        var texts = new List<PlacedText>();
        var boxes = new List<PlacedBox>();
        double top = y;
        foreach (var side in Sides(page))
        {
            Side(side, design, magnification, x, top, texts, boxes);
            top += design.HeightPoints * magnification + gap;
        }
        return new PageLayout(LayoutEngine.A4Width, LayoutEngine.A4Height, texts, boxes, page.IsBlank);
    }

    private static void Side(IReadOnlyList<Line> lines, CardDesign d, double m, double x0, double y0, List<PlacedText> texts, List<PlacedBox> boxes)
    {
        double w = d.WidthPoints * m, h = d.HeightPoints * m, margin = 5 * m;
        boxes.Add(new PlacedBox(x0, y0, w, h, BoxKind.Card, false, null));
        int titleIndex = -1;
        for (int i = 0; i < lines.Count; i++) if (lines[i].Kind == LineKind.Title) { titleIndex = i; break; }
        var header = titleIndex >= 0 ? lines.Take(titleIndex + 1).ToList() : [];
        var mrz = lines.Where(l => l.Kind == LineKind.Mrz).ToList();
        var body = lines.Skip(header.Count).Where(l => l.Kind != LineKind.Mrz).ToList();

        double y = y0 + margin;
        foreach (var line in header)
        {
            double size = (line.Kind == LineKind.Title ? TitleSize : HeaderSize) * m;
            var font = line.Kind == LineKind.Title ? d.Bold : d.Regular;
            string text = line.PlainText;
            double tw = Fonts.Measure(text, font, size);
            if (tw > w - 2 * margin) { size *= (w - 2 * margin) / tw; tw = w - 2 * margin; }
            y += size * 1.25;
            texts.Add(new PlacedText(text, x0 + (w - tw) / 2, y, size, font, line.Spans[0]));
        }
        y += 3 * m;

        double mrzSize = 0, mrzTop = y0 + h - margin;
        if (mrz.Count > 0)
        {
            mrzSize = 100 * (w - 2 * margin) / mrz.Max(l => Fonts.Measure(l.PlainText, FontKind.Mono, 100));
            mrzTop = y0 + h - margin - mrz.Count * mrzSize * 1.12;
            double my = mrzTop;
            foreach (var line in mrz)
            {
                my += mrzSize * 1.12;
                texts.Add(new PlacedText(line.PlainText, x0 + margin, my - mrzSize * 0.15, mrzSize, FontKind.Mono, line.Spans[0]));
            }
        }

        double columnLeft = x0 + margin;
        if (titleIndex >= 0)
        {
            double pw = d.PhotoWidthMm / 25.4 * 72 * m, ph = d.PhotoHeightMm / 25.4 * 72 * m;
            ph = Math.Min(ph, mrzTop - y - 2 * m);
            boxes.Add(new PlacedBox(x0 + margin, y, pw, ph, BoxKind.Photo, false, null));
            columnLeft += pw + 6 * m;
        }
        double columnWidth = x0 + w - margin - columnLeft;
        double needed = body.Sum(l => Advance(l) * m);
        double scale = needed > 0 ? Math.Min(1, (mrzTop - 2 * m - y) / needed) : 1;
        foreach (var line in body)
        {
            double size = SizeOf(line) * m * scale;
            y += Advance(line) * m * scale;
            double cursor = columnLeft;
            foreach (var span in line.Spans)
            {
                if (span.Text.Length == 0) continue;
                var font = span.Style == SpanStyle.Bold || line.Kind == LineKind.Heading ? d.Bold : span.Style == SpanStyle.Mono ? FontKind.Mono : d.Regular;
                double sx = span.Column is { } col ? Math.Max(columnLeft + col * columnWidth, cursor) : cursor;
                double available = x0 + w - margin - sx, size1 = size;
                double tw = Fonts.Measure(span.Text, font, size1);
                if (tw > available && available > 0) { size1 *= available / tw; tw = available; }
                texts.Add(new PlacedText(span.Text, sx, y - size * 0.2, size1, font, span));
                cursor = sx + tw + 4 * m;
            }
        }
    }

    private static double SizeOf(Line line) => line.Kind switch
    {
        LineKind.Small => LabelSize,
        LineKind.Heading => ValueSize,
        _ => ValueSize,
    };

    private static double Advance(Line line) => SizeOf(line) * (line.Kind == LineKind.Small ? 1.3 : 1.42);
}

using System.Text;
using Intake.Corpus.Model;

namespace Intake.Corpus.Rendering;

/// <summary>How the text stage gets at a page's text, which decides what of the page it sees.</summary>
public enum PageSource
{
    /// <summary>OCR of a scan: every printed and written mark, checkboxes as glyphs, comb borders sometimes as characters.</summary>
    Scan,
    /// <summary>The text layer of a typed PDF: the text runs only (a ticked box is the "X" drawn in it; frames are lines, not text).</summary>
    TextLayer,
    /// <summary>The text layer of a form filled on screen: the printed labels only (values and ticks live in the widgets).</summary>
    AcroForm,
}

/// <summary>What to read. <see cref="Ocr"/>, for scans, draws OCR-like readings of boxes; without it a scan reads cleanly.</summary>
public sealed record ReadingOptions(PageSource Source = PageSource.Scan, Random? Ocr = null);

/// <summary>
/// The text the text stage produces from a laid-out page: the marks it can read grouped into rows by baseline, rows
/// top to bottom, words left to right (so two columns interleave as a row-wise reader reads them). Leaders read as
/// their dots, comb fields as spaced characters (with, in OCR, box borders sometimes read as "|", "I", "1", "[" or
/// "]", and so are the sides of one-line value frames), checkboxes as "☐"/"☒" or what OCR makes of them.
/// </summary>
public static class ReadingOrder
{
    private static readonly string[] Borders = ["|", "I", "1", "[", "]", "l"];
    private static readonly string[] EmptyBox = ["☐", "☐", "☐", "□", "O", "[]", "0", ""];
    private static readonly string[] TickedBox = ["☒", "☒", "☒", "X", "[X]", "Ø", "K", "x"];

    private sealed record Token(string Text, double X, double Baseline, double Size);

    public static string Text(PageLayout layout, ReadingOptions? options = null)
    {
        options ??= new ReadingOptions();
        if (layout.IsBlank) return "";
        var tokens = new List<Token>();
        foreach (var t in layout.Texts)
        {
            if (t.Text.Length == 0) continue;
            bool value = t.Source is { FormField: not null, Style: not SpanStyle.Checkbox };
            if (value && options.Source == PageSource.AcroForm) continue;
            tokens.Add(new Token(t.Text, t.X, t.Baseline, t.Size));
        }
        foreach (var b in layout.Boxes.Where(b => b.Kind == BoxKind.Checkbox))
        {
            string? glyph = options.Source switch
            {
                PageSource.AcroForm => null,
                PageSource.TextLayer => b.Checked ? "X" : null,
                _ when options.Ocr is { } rng => (b.Checked ? TickedBox : EmptyBox)[rng.Next(EmptyBox.Length)],
                _ => b.Checked ? "☒" : "☐",
            };
            if (!string.IsNullOrEmpty(glyph)) tokens.Add(new Token(glyph, b.X, b.Y + b.H - 1, b.H));
        }
        if (options is { Source: PageSource.Scan, Ocr: { } ocr }) tokens.AddRange(BorderReadings(layout, ocr));
        return Rows(tokens);
    }

    /// <summary>What OCR sometimes makes of box sides: comb cell borders and the sides of one-line value frames.</summary>
    private static IEnumerable<Token> BorderReadings(PageLayout layout, Random ocr)
    {
        foreach (var comb in layout.Boxes.Where(b => b.Kind == BoxKind.CombCell).GroupBy(b => b.Source, ReferenceEqualityComparer.Instance))
        {
            if (ocr.Next(3) != 0) continue; // most of the time OCR drops the box borders
            string border = Borders[ocr.Next(Borders.Length)];
            var cells = comb.ToList();
            foreach (var c in cells) yield return new Token(border, c.X - 0.5, c.Y + c.H - 3.5, c.H);
            var last = cells[^1];
            yield return new Token(border, last.X + last.W - 0.5, last.Y + last.H - 3.5, last.H);
        }
        foreach (var frame in layout.Boxes.Where(b => b.Kind == BoxKind.Frame && b.H <= 20))
        {
            if (ocr.Next(3) != 0) continue;
            double baseline = frame.Y + frame.H - 4;
            yield return new Token(Borders[ocr.Next(Borders.Length)], frame.X - 0.5, baseline, frame.H);
            yield return new Token(Borders[ocr.Next(Borders.Length)], frame.X + frame.W - 0.5, baseline, frame.H);
        }
    }

    private static string Rows(List<Token> tokens)
    {
        var rows = new List<List<Token>>();
        foreach (var t in tokens.OrderBy(t => t.Baseline).ThenBy(t => t.X))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && Math.Abs(t.Baseline - row[0].Baseline) <= 0.45 * Math.Max(Math.Min(t.Size, row[0].Size), 6)) row.Add(t);
            else rows.Add([t]);
        }
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.AppendJoin(' ', row.OrderBy(t => t.X).Select(t => t.Text));
        }
        return sb.ToString();
    }
}

using System.Globalization;
using Intake.Corpus.Model;
using Intake.Corpus.People;

namespace Intake.Corpus.Content;

/// <summary>The ways a sender prints names, phone numbers and small blocks, with the truth value of what is printed.</summary>
public static class Printed
{
    public static string Phone(Random rng, string prefix = "04") =>
        $"{prefix} {rng.Next(10, 99)} {rng.Next(10, 99)} {rng.Next(10, 99)} {rng.Next(10, 99)}";

    /// <summary>
    /// First names as printed: all of them or only the first; the truth is what is printed. In a labelled field
    /// (<paramref name="commas"/>) they may be separated by commas, in running text only by spaces.
    /// </summary>
    public static (string Text, string Truth) FirstNames(Person p, Random rng, bool allowFirstOnly = true, bool commas = false)
    {
        if (p.FirstNames.Count == 1 || (allowFirstOnly && rng.Next(3) == 0)) return (p.FirstName, p.FirstName);
        string sep = commas && rng.Next(2) == 0 ? ", " : " ";
        return (string.Join(sep, p.FirstNames), p.FirstNamesText);
    }

    /// <summary>"né le" / "née le" agreeing with the person's sex.</summary>
    public static string Born(Person p) => p.Sex == "F" ? "née" : "né";

    public static string E(Person p) => p.Sex == "F" ? "e" : "";

    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202F', ' ').Replace('\u00A0', ' ') + " €";

    /// <summary>Width of the text body of an A4 page as laid out (points).</summary>
    public const double TextWidth = Rendering.LayoutEngine.A4Width - 2 * 56;

    /// <summary>The widest the text can be drawn (serif or sans, bold or not) at the size of the line kind.</summary>
    public static double Widest(string text, LineKind kind = LineKind.Text, bool bold = false)
    {
        double size = kind switch { LineKind.Title => 15, LineKind.Heading => 11.5, LineKind.Small => 8.5, _ => 10 };
        return bold
            ? Math.Max(Rendering.Fonts.Measure(text, Rendering.FontKind.SansBold, size), Rendering.Fonts.Measure(text, Rendering.FontKind.SerifBold, size))
            : Math.Max(Rendering.Fonts.Measure(text, Rendering.FontKind.Sans, size), Rendering.Fonts.Measure(text, Rendering.FontKind.Serif, size));
    }

    /// <summary>
    /// A line of two columns: label on the left, value from the given fraction of the width; when the value would run
    /// off the sheet there, one wrapped line "label value".
    /// </summary>
    public static Line Pair(string label, string value, double column = 0.38, SpanStyle valueStyle = SpanStyle.Normal, LineKind kind = LineKind.Text)
    {
        bool fits = Widest(label, kind) + 8 < column * TextWidth && Widest(value, kind, valueStyle == SpanStyle.Bold) < (1 - column) * TextWidth - 6;
        return fits ? new([new Span(label), new Span(value, valueStyle, column)], kind) : new([new Span(label + " " + value, valueStyle)], kind);
    }

    /// <summary>Text set towards the right (an address block, a date line), as far right as it fits.</summary>
    public static Line Right(string text, double column = 0.55, LineKind kind = LineKind.Text, bool bold = false)
    {
        double col = Math.Max(0, Math.Min(column, 1 - (Widest(text, kind, bold) + 8) / TextWidth));
        return new([new Span(""), new Span(text, bold ? SpanStyle.Bold : SpanStyle.Normal, col)], kind);
    }

    /// <summary>A table row: cells at the given column fractions.</summary>
    public static Line Row(IReadOnlyList<string> cells, IReadOnlyList<double> columns, bool bold = false, LineKind kind = LineKind.Text) =>
        new(cells.Select((c, i) => new Span(c, bold ? SpanStyle.Bold : SpanStyle.Normal, i == 0 && columns[0] == 0 ? null : columns[i])).ToList(), kind);

    public static Line Text(string text, LineKind kind = LineKind.Text) => new([new Span(text)], kind);
    public static Line Bold(string text, LineKind kind = LineKind.Text) => new([new Span(text, SpanStyle.Bold)], kind);
    public static Line Small(string text) => new([new Span(text)], LineKind.Small);
    public static Line Centered(string text, LineKind kind = LineKind.Text, bool bold = false) => new([new Span(text, bold ? SpanStyle.Bold : SpanStyle.Normal)], kind, true);
    public static Line Title(string text, bool centered = true) => new([new Span(text, SpanStyle.Bold)], LineKind.Title, centered);
    public static Line Heading(string text) => new([new Span(text, SpanStyle.Bold)], LineKind.Heading);
    public static Line Gap() => new([], LineKind.Gap);
    public static Line Signature(double column = 0.55, string label = "") => new([new Span(label), new Span("", SpanStyle.Signature, column, true)]);
}

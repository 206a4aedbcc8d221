using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Intake.Corpus.Model;
using Intake.Corpus.Rendering;

namespace Intake.Corpus.Writers;

/// <summary>
/// A born-digital claim form filled on screen: the printed labels come from <see cref="PdfWriters"/> (embedded DejaVu),
/// then an incremental update appends an /AcroForm with text widgets (/V, /TU = label) and checkboxes (/V and /AS
/// /Yes or /Off) with appearance streams. PdfPig cannot write form fields, hence this small raw writer.
/// </summary>
public static partial class AcroFormPdfWriter
{
    public static byte[] Write(IReadOnlyList<PageLayout> pages)
    {
        var basePdf = PdfWriters.Write(pages.Select(p => (PdfPageContent)new TextPage(p, SkipFormValues: true)).ToList());
        string text = Encoding.Latin1.GetString(basePdf);
        int prevXref = int.Parse(StartXref().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        int size = int.Parse(SizeRx().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        int root = int.Parse(RootRx().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var pagesObj = Regex.Match(text, @"(\d+) 0 obj\s*<<(?:(?!endobj).)*?/Type\s*/Pages\b(?:(?!endobj).)*?/Kids\s*\[([^\]]*)\]", RegexOptions.Singleline);
        var pageRefs = Regex.Matches(pagesObj.Groups[2].Value, @"(\d+)\s+0\s+R").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

        var objects = new SortedDictionary<int, byte[]>();
        int next = size;
        int helv = next++, zadb = next++;
        objects[helv] = Obj(helv, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        objects[zadb] = Obj(zadb, "<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>");
        var fieldRefs = new List<int>();

        for (int pi = 0; pi < pages.Count && pi < pageRefs.Count; pi++)
        {
            var layout = pages[pi];
            double h = layout.Height;
            var annots = new List<int>();
            foreach (var t in layout.Texts.Where(t => t.Source is { FormField: not null, Style: not SpanStyle.Checkbox }))
            {
                double w = Math.Max(Fonts.Measure(t.Text, FontKind.Sans, 10) + 12, 120);
                w = Math.Min(w, layout.Width - 40 - t.X);
                double x0 = t.X - 2, y0 = h - t.Baseline - 4, fh = 15;
                int ap = next++, widget = next++;
                string stream = $"/Tx BMC q BT /Helv 10 Tf 0 g 2 4.5 Td ({Escape(t.Text)}) Tj ET Q EMC";
                objects[ap] = Stream(ap, $"/Type /XObject /Subtype /Form /BBox [0 0 {F(w)} {F(fh)}] /Resources << /Font << /Helv {helv} 0 R >> >>", stream);
                objects[widget] = Obj(widget,
                    $"<< /Type /Annot /Subtype /Widget /FT /Tx /T {Utf16(t.Source!.FormField!)} /TU {Utf16(t.Source.Tooltip ?? "")} " +
                    $"/V {Utf16(t.Text)} /DA (/Helv 10 Tf 0 g) /F 4 /Rect [{F(x0)} {F(y0)} {F(x0 + w)} {F(y0 + fh)}] " +
                    $"/P {pageRefs[pi]} 0 R /AP << /N {ap} 0 R >> >>");
                annots.Add(widget);
            }
            foreach (var b in layout.Boxes.Where(b => b.Kind == BoxKind.Checkbox && b.Source?.FormField is not null))
            {
                int on = next++, off = next++, widget = next++;
                objects[on] = Stream(on, $"/Type /XObject /Subtype /Form /BBox [0 0 {F(b.W)} {F(b.H)}] /Resources << /Font << /ZaDb {zadb} 0 R >> >>",
                    $"q BT /ZaDb {F(b.H * 0.9)} Tf 0 g 1 1.5 Td (4) Tj ET Q");
                objects[off] = Stream(off, $"/Type /XObject /Subtype /Form /BBox [0 0 {F(b.W)} {F(b.H)}]", "");
                string state = b.Checked ? "/Yes" : "/Off";
                double y0 = h - b.Y - b.H;
                objects[widget] = Obj(widget,
                    $"<< /Type /Annot /Subtype /Widget /FT /Btn /T {Utf16(b.Source!.FormField!)} /TU {Utf16(b.Source.Tooltip ?? "")} " +
                    $"/V {state} /AS {state} /DA (/ZaDb 0 Tf 0 g) /MK << /CA (4) >> /F 4 /Rect [{F(b.X)} {F(y0)} {F(b.X + b.W)} {F(y0 + b.H)}] " +
                    $"/P {pageRefs[pi]} 0 R /AP << /N << /Yes {on} 0 R /Off {off} 0 R >> >> >>");
                annots.Add(widget);
            }
            fieldRefs.AddRange(annots);
            string pageDict = ObjectDictionary(text, pageRefs[pi]);
            objects[pageRefs[pi]] = Obj(pageRefs[pi], InsertBeforeEnd(pageDict, $"/Annots [{string.Join(' ', annots.Select(a => $"{a} 0 R"))}]"));
        }
        string catalog = ObjectDictionary(text, root);
        objects[root] = Obj(root, InsertBeforeEnd(catalog,
            $"/AcroForm << /Fields [{string.Join(' ', fieldRefs.Select(a => $"{a} 0 R"))}] /DA (/Helv 0 Tf 0 g) " +
            $"/DR << /Font << /Helv {helv} 0 R /ZaDb {zadb} 0 R >> >> >>"));

        using var ms = new MemoryStream();
        ms.Write(basePdf);
        if (basePdf[^1] != '\n') ms.WriteByte((byte)'\n');
        var offsets = new SortedDictionary<int, long>();
        foreach (var (num, bytes) in objects)
        {
            offsets[num] = ms.Position;
            ms.Write(bytes);
        }
        long xref = ms.Position;
        var sb = new StringBuilder("xref\n");
        foreach (var (num, off) in offsets) sb.Append(CultureInfo.InvariantCulture, $"{num} 1\n{off:0000000000} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {next} /Root {root} 0 R /Prev {prevXref} >>\nstartxref\n{xref}\n%%EOF\n");
        ms.Write(Encoding.Latin1.GetBytes(sb.ToString()));
        return ms.ToArray();
    }

    private static string F(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static byte[] Obj(int num, string body) => Encoding.Latin1.GetBytes($"{num} 0 obj\n{body}\nendobj\n");

    private static byte[] Stream(int num, string dict, string content)
    {
        var data = Encoding.Latin1.GetBytes(content);
        var head = Encoding.Latin1.GetBytes($"{num} 0 obj\n<< {dict} /Length {data.Length} >>\nstream\n");
        var tail = Encoding.Latin1.GetBytes("\nendstream\nendobj\n");
        return [.. head, .. data, .. tail];
    }

    /// <summary>PDF text string as UTF-16BE hex with a byte-order mark (accents survive).</summary>
    private static string Utf16(string s) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s)) + ">";

    /// <summary>A literal string for a WinAnsi (Latin-1 subset) content stream.</summary>
    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c0 in s.Replace("œ", "oe", StringComparison.Ordinal).Replace("’", "'", StringComparison.Ordinal))
        {
            char c = c0 > 255 ? '?' : c0;
            if (c is '(' or ')' or '\\') sb.Append('\\').Append(c);
            else if (c > 126) sb.Append(CultureInfo.InvariantCulture, $"\\{Convert.ToString(c, 8).PadLeft(3, '0')}");
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The dictionary text of an uncompressed object of the base file ("&lt;&lt; … &gt;&gt;").</summary>
    private static string ObjectDictionary(string pdf, int num)
    {
        var m = Regex.Matches(pdf, $@"(?<![0-9]){num} 0 obj\s*(<<.*?>>)\s*endobj", RegexOptions.Singleline);
        if (m.Count == 0) throw new InvalidOperationException($"object {num} not found as a plain dictionary");
        return m[^1].Groups[1].Value;
    }

    private static string InsertBeforeEnd(string dict, string entry)
    {
        int end = dict.LastIndexOf(">>", StringComparison.Ordinal);
        return dict[..end] + " " + entry + " >>";
    }

    [GeneratedRegex(@"startxref\s+(\d+)")] private static partial Regex StartXref();
    [GeneratedRegex(@"/Size\s+(\d+)")] private static partial Regex SizeRx();
    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")] private static partial Regex RootRx();
}

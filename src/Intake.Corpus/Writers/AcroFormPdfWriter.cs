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
            // One widget per value span: a wrapped value (several placed rows) is one multi-line field.
            var values = layout.Texts.Where(t => t.Source is { FormField: not null, Style: not SpanStyle.Checkbox, Comb: null })
                .GroupBy(t => t.Source!, ReferenceEqualityComparer.Instance);
            foreach (var group in values)
            {
                var span = (Span)group.Key!;
                var rows = group.ToList();
                var frame = layout.Boxes.FirstOrDefault(b => b.Kind == BoxKind.Frame && ReferenceEquals(b.Source, span));
                double x0, y0, w, fh;
                if (frame is not null) (x0, y0, w, fh) = (frame.X, h - frame.Y - frame.H, frame.W, frame.H);
                else
                {
                    w = Math.Max(rows.Max(t => Fonts.Measure(t.Text, FontKind.Sans, 10)) + 12, 120);
                    w = Math.Min(w, layout.Width - 40 - rows[0].X);
                    fh = 15 + (rows.Count - 1) * rows[0].Size * 1.5;
                    x0 = rows[0].X - 2;
                    y0 = h - rows[^1].Baseline - 4;
                }
                var content = new StringBuilder("/Tx BMC q BT /Helv 10 Tf 0 g ");
                double lineY = fh - 11;
                foreach (var row in rows)
                {
                    content.Append(CultureInfo.InvariantCulture, $"1 0 0 1 2 {F(lineY)} Tm ({Escape(row.Text)}) Tj ");
                    lineY -= row.Size * 1.5;
                }
                content.Append("ET Q EMC");
                int flags = rows.Count > 1 ? 4096 : 0; // multiline
                annots.Add(TextWidget(objects, ref next, helv, pageRefs[pi], span.FormField!, span.Tooltip, string.Join(' ', rows.Select(r => r.Text)),
                    (x0, y0, w, fh), content.ToString(), flags, maxLen: 0));
            }
            // Comb fields: one field per group of cells (MaxLen + comb flag), or one field per cell.
            var combs = layout.Boxes.Where(b => b.Kind == BoxKind.CombCell && b.Source?.FormField is not null)
                .GroupBy(b => b.Source!, ReferenceEqualityComparer.Instance);
            foreach (var group in combs)
            {
                var span = (Span)group.Key!;
                var cells = group.ToList();
                var comb = span.Comb!;
                var parts = new List<(int From, int Count)>();
                if (comb.FieldPerBox) parts.AddRange(Enumerable.Range(0, cells.Count).Select(i => (i, 1)));
                else
                {
                    int from = 0;
                    foreach (var g in comb.Groups) { parts.Add((from, g)); from += g; }
                }
                for (int k = 0; k < parts.Count; k++)
                {
                    var (from, count) = parts[k];
                    var first = cells[from];
                    var last = cells[from + count - 1];
                    string chars = new(span.Text.Skip(from).Take(count).ToArray());
                    var content = new StringBuilder("/Tx BMC q BT /Helv 10 Tf 0 g ");
                    for (int c = 0; c < chars.Length; c++)
                    {
                        double cx = c * first.W + (first.W - Fonts.Measure(chars[c].ToString(), FontKind.Sans, 10)) / 2;
                        content.Append(CultureInfo.InvariantCulture, $"1 0 0 1 {F(cx)} 4 Tm ({Escape(chars[c].ToString())}) Tj ");
                    }
                    content.Append("ET Q EMC");
                    string name = parts.Count == 1 ? span.FormField! : Suffixed(span.FormField!, k + 1);
                    int flags = count > 1 ? 1 << 24 : 0; // comb
                    annots.Add(TextWidget(objects, ref next, helv, pageRefs[pi], name, span.Tooltip, chars,
                        (first.X, h - first.Y - first.H, last.X + last.W - first.X, first.H), content.ToString(), flags, maxLen: count));
                }
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
                    $"<< /Type /Annot /Subtype /Widget /FT /Btn /T {Utf16(b.Source!.FormField!)}{(b.Source.Tooltip is null ? "" : $" /TU {Utf16(b.Source.Tooltip)}")} " +
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

    private static int TextWidget(SortedDictionary<int, byte[]> objects, ref int next, int helv, int pageRef, string name, string? tooltip,
        string value, (double X, double Y, double W, double H) rect, string appearance, int flags, int maxLen)
    {
        int ap = next++, widget = next++;
        objects[ap] = Stream(ap, $"/Type /XObject /Subtype /Form /BBox [0 0 {F(rect.W)} {F(rect.H)}] /Resources << /Font << /Helv {helv} 0 R >> >>", appearance);
        string extra = (flags != 0 ? $" /Ff {flags}" : "") + (maxLen > 0 ? $" /MaxLen {maxLen}" : "") + (tooltip is null ? "" : $" /TU {Utf16(tooltip)}");
        objects[widget] = Obj(widget,
            $"<< /Type /Annot /Subtype /Widget /FT /Tx /T {Utf16(name)}{extra} " +
            $"/V {Utf16(value)} /DA (/Helv 10 Tf 0 g) /F 4 /Rect [{F(rect.X)} {F(rect.Y)} {F(rect.X + rect.W)} {F(rect.Y + rect.H)}] " +
            $"/P {pageRef} 0 R /AP << /N {ap} 0 R >> >>");
        return widget;
    }

    /// <summary>"victime_nir" → "victime_nir_2"; "topmostSubform[0].Champ12[0]" → "topmostSubform[0].Champ12_2[0]".</summary>
    private static string Suffixed(string name, int index) =>
        name.EndsWith("[0]", StringComparison.Ordinal) ? $"{name[..^3]}_{index}[0]" : $"{name}_{index}";

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

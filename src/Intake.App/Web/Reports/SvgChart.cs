using System.Globalization;
using System.Net;
using System.Text;

namespace Intake.App.Web.Reports;

/// <summary>
/// Server-rendered SVG bar charts (no script, no inline style: colours come from site.css classes, so the CSP
/// holds). Labels are HTML-encoded.
/// </summary>
public static class SvgChart
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Vertical bars, one per item, with the value above each bar and the label below.</summary>
    public static string Columns(string title, IReadOnlyList<(string Label, double Value)> items, int width = 640, int height = 220)
    {
        const int top = 24, bottom = 36, left = 8;
        var max = items.Count == 0 ? 1 : Math.Max(1, items.Max(i => i.Value));
        var slot = items.Count == 0 ? 0 : (double)(width - 2 * left) / items.Count;
        var plot = height - top - bottom;
        var sb = Open(title, width, height);
        for (int i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var h = value / max * plot;
            var x = left + i * slot + slot * 0.15;
            var y = top + plot - h;
            sb.Append(Inv, $"<rect class=\"bar\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{h:0.#}\"><title>{Enc(label)} : {Num(value)}</title></rect>");
            sb.Append(Inv, $"<text class=\"value\" x=\"{x + slot * 0.35:0.#}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\">{Num(value)}</text>");
            sb.Append(Inv, $"<text class=\"label\" x=\"{x + slot * 0.35:0.#}\" y=\"{height - bottom + 16:0.#}\" text-anchor=\"middle\">{Enc(label)}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars with their label on the left; <paramref name="format"/> renders the value.</summary>
    public static string Rows(string title, IReadOnlyList<(string Label, double Value)> items, Func<double, string>? format = null, int width = 640)
    {
        const int rowHeight = 22, labelWidth = 220, top = 8;
        format ??= Num;
        var height = top * 2 + Math.Max(1, items.Count) * rowHeight;
        var max = items.Count == 0 ? 1 : Math.Max(items.Max(i => i.Value), double.Epsilon);
        var plot = width - labelWidth - 70;
        var sb = Open(title, width, height);
        for (int i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var y = top + i * rowHeight;
            var w = Math.Max(0, value / max * plot);
            sb.Append(Inv, $"<text class=\"label\" x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{Enc(label)}</text>");
            sb.Append(Inv, $"<rect class=\"bar\" x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"{rowHeight - 6}\"><title>{Enc(label)} : {Enc(format(value))}</title></rect>");
            sb.Append(Inv, $"<text class=\"value\" x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 15}\">{Enc(format(value))}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string title, int width, int height) =>
        new StringBuilder().Append(Inv, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Enc(title)}\"><title>{Enc(title)}</title>");

    private static string Num(double v) => v.ToString("0.##", Inv);

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}

using System.Globalization;

namespace Intake.App.Bench;

/// <summary>One line of `pdfimages -list`: an image drawn on a page, with its size and resolution.</summary>
public sealed record ListedImage(int Page, int Number, string Type, int Width, int Height, int PpiX, int PpiY);

/// <summary>Parses `pdfimages -list` (poppler): header, dashes, then one row per image.</summary>
public static class PdfImagesList
{
    public static IReadOnlyList<ListedImage> Parse(string output)
    {
        var images = new List<ListedImage>();
        foreach (var line in output.Split('\n'))
        {
            var c = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
            if (c.Length < 14 || !int.TryParse(c[0], out int page)) continue;
            images.Add(new ListedImage(page, Int(c[1]), c[2], Int(c[3]), Int(c[4]), Int(c[12]), Int(c[13])));
        }
        return images;
    }

    /// <summary>Real page images only (soft masks and stencils are not pictures of their own).</summary>
    public static IEnumerable<ListedImage> Pictures(this IEnumerable<ListedImage> images) => images.Where(i => i.Type == "image");

    private static int Int(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
}

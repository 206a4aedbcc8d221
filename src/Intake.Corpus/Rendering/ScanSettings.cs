using SkiaSharp;

namespace Intake.Corpus.Rendering;

/// <summary>How one page is "scanned": resolution, colour, orientation and defects.</summary>
public sealed record ScanSettings
{
    /// <summary>Horizontal resolution in dots per inch.</summary>
    public int DpiX { get; init; } = 200;
    /// <summary>Vertical resolution; a fax in standard mode has 98 for 204 across.</summary>
    public int DpiY { get; init; } = 200;
    /// <summary>
    /// Rows drawn once and repeated this many times: a 200 × 100 fax "stretched" to 200 × 200 has 2 (blocky letters,
    /// square pixels, 200 dpi declared both ways).
    /// </summary>
    public int RowRepeat { get; init; } = 1;
    /// <summary>RGB output (colour scanner, phone) instead of grey.</summary>
    public bool Colour { get; init; }
    /// <summary>Skew in degrees (±2).</summary>
    public double Skew { get; init; }
    /// <summary>Quarter turns clockwise of the finished image: 1 and 3 = fed sideways, 2 = upside down.</summary>
    public int QuarterTurns { get; init; }
    /// <summary>Per-pixel noise amplitude in grey levels (0 = none).</summary>
    public int Noise { get; init; }
    /// <summary>Number of dark specks (dust).</summary>
    public int Specks { get; init; }
    /// <summary>Blur radius in pixels (0 = sharp; about 1 = a scanner slightly out of focus).</summary>
    public double Blur { get; init; }
    /// <summary>Paper grey level (255 = white).</summary>
    public byte Paper { get; init; } = 250;
    /// <summary>Received-date stamp text, drawn in the top-right corner, or null.</summary>
    public string? Stamp { get; init; }
    /// <summary>Ink of the received-date stamp (red or blue on a colour scan).</summary>
    public SKColor StampInk { get; init; } = new(70, 70, 70);
    /// <summary>Colour of titles and letterhead names (a house colour; grey scans turn it into a lighter grey).</summary>
    public SKColor Accent { get; init; } = new(25, 25, 25);
    /// <summary>Tint of identity cards drawn on the page and whether they carry a fine wavy security pattern.</summary>
    public SKColor CardTint { get; init; } = new(232, 232, 232);
    public bool CardPattern { get; init; }
    /// <summary>A photocopy: cards and tints come out as dark flat greys, toner dust, contrast pushed up.</summary>
    public bool Photocopy { get; init; }
    /// <summary>The line a fax machine prints across the top of each page it sends (sender's number, page k/n), or null.</summary>
    public string? FaxHeader { get; init; }
    /// <summary>0: X, 1: tick, 2: filled square, 3: circled option.</summary>
    public int MarkStyle { get; init; }
    /// <summary>Seed of the per-page drawing jitter (hand glyphs, signature, noise).</summary>
    public int Seed { get; init; }

    public static ScanSettings Random(Random rng, int dpi, string? stamp, int quarterTurns) => new()
    {
        DpiX = dpi,
        DpiY = dpi,
        Skew = Math.Round((rng.NextDouble() * 2 - 1) * 1.8, 2),
        QuarterTurns = quarterTurns,
        Noise = rng.Next(3) == 0 ? 2 : 0,
        Specks = rng.Next(0, 40),
        Blur = rng.Next(3) == 0 ? 0.6 + rng.NextDouble() * 0.4 : 0,
        Paper = (byte)rng.Next(238, 253),
        Stamp = stamp,
        MarkStyle = rng.Next(4),
        Seed = rng.Next(),
    };
}

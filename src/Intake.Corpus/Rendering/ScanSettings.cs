namespace Intake.Corpus.Rendering;

/// <summary>How one page is "scanned": resolution and defects.</summary>
public sealed record ScanSettings
{
    public int Dpi { get; init; } = 200;
    /// <summary>Skew in degrees (±2).</summary>
    public double Skew { get; init; }
    public bool UpsideDown { get; init; }
    /// <summary>Per-pixel noise amplitude in grey levels (0 = none).</summary>
    public int Noise { get; init; }
    /// <summary>Number of dark specks (dust).</summary>
    public int Specks { get; init; }
    /// <summary>Gaussian blur sigma in pixels (0 = sharp).</summary>
    public double Blur { get; init; }
    /// <summary>Paper grey level (255 = white).</summary>
    public byte Paper { get; init; } = 250;
    /// <summary>Received-date stamp text, drawn in the top-right corner, or null.</summary>
    public string? Stamp { get; init; }
    /// <summary>0: X, 1: tick, 2: filled square, 3: circled option.</summary>
    public int MarkStyle { get; init; }
    /// <summary>Seed of the per-page drawing jitter (hand glyphs, signature).</summary>
    public int Seed { get; init; }

    public static ScanSettings Random(Random rng, int dpi, string? stamp, bool upsideDown) => new()
    {
        Dpi = dpi,
        Skew = Math.Round((rng.NextDouble() * 2 - 1) * 1.8, 2),
        UpsideDown = upsideDown,
        Noise = rng.Next(3) == 0 ? 2 : 0,
        Specks = rng.Next(0, 40),
        Blur = rng.Next(3) == 0 ? 0.6 + rng.NextDouble() * 0.4 : 0,
        Paper = (byte)rng.Next(238, 253),
        Stamp = stamp,
        MarkStyle = rng.Next(4),
        Seed = rng.Next(),
    };
}

/// <summary>A grey raster (row 0 at the top).</summary>
public sealed record GrayRaster(int Width, int Height, byte[] Pixels, int Dpi);

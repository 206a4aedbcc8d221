namespace Intake.Corpus.Rendering;

/// <summary>
/// A raster image, row 0 at the top: one channel (grey) or three (RGB, interleaved). DpiX/DpiY is the resolution the
/// sheet was scanned at (fax pages have 204 × 98); 0 when none is known, as for a phone photo.
/// </summary>
public sealed record Raster(int Width, int Height, byte[] Pixels, int Channels, int DpiX, int DpiY)
{
    public bool HasResolution => DpiX > 0 && DpiY > 0;

    /// <summary>The same image turned clockwise by <paramref name="quarterTurns"/> × 90° (a sheet fed sideways or upside down).</summary>
    public Raster Turned(int quarterTurns)
    {
        int q = ((quarterTurns % 4) + 4) % 4;
        if (q == 0) return this;
        int c = Channels;
        var dst = new byte[Pixels.Length];
        int nw = q == 2 ? Width : Height, nh = q == 2 ? Height : Width;
        for (int y = 0; y < Height; y++)
        for (int x = 0; x < Width; x++)
        {
            // Clockwise: (x, y) -> (H-1-y, x); half turn: (W-1-x, H-1-y); counter-clockwise: (y, W-1-x).
            var (nx, ny) = q switch { 1 => (Height - 1 - y, x), 2 => (Width - 1 - x, Height - 1 - y), _ => (y, Width - 1 - x) };
            Buffer.BlockCopy(Pixels, (y * Width + x) * c, dst, (ny * nw + nx) * c, c);
        }
        return q == 2 ? this with { Pixels = dst } : new Raster(nw, nh, dst, c, DpiY, DpiX);
    }

    /// <summary>The grey version (luma) of a colour raster; a grey raster is returned as is.</summary>
    public Raster Grey()
    {
        if (Channels == 1) return this;
        var g = new byte[Width * Height];
        for (int i = 0; i < g.Length; i++)
            g[i] = (byte)((Pixels[i * 3] * 77 + Pixels[i * 3 + 1] * 150 + Pixels[i * 3 + 2] * 29) >> 8);
        return new Raster(Width, Height, g, 1, DpiX, DpiY);
    }
}

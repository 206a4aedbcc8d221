using SkiaSharp;

namespace Intake.Corpus.Rendering;

/// <summary>What a phone photo of a paper lies on.</summary>
public enum Backdrop { Wood, DarkDesk, Fabric, Tablecloth, Carpet }

/// <summary>Procedural textures for the surface under a photographed card or sheet.</summary>
public static class PhotoBackdrop
{
    public static SKBitmap Draw(Backdrop kind, int w, int h, Random rng)
    {
        var bmp = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        var px = bmp.GetPixelSpan();
        double phase = rng.NextDouble() * 10, freq = 0.02 + rng.NextDouble() * 0.03;
        var (r0, g0, b0) = kind switch
        {
            Backdrop.Wood => (rng.Next(120, 170), rng.Next(75, 105), rng.Next(40, 60)),
            Backdrop.DarkDesk => (rng.Next(25, 55), rng.Next(25, 55), rng.Next(28, 60)),
            Backdrop.Fabric => (rng.Next(40, 90), rng.Next(50, 100), rng.Next(90, 140)),
            Backdrop.Tablecloth => (rng.Next(200, 235), rng.Next(190, 225), rng.Next(170, 205)),
            _ => (rng.Next(80, 120), rng.Next(70, 100), rng.Next(60, 90)),
        };
        var noise = new Random(rng.Next());
        for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
        {
            double f = kind switch
            {
                // Grain: stretched sine bands disturbed along the plank.
                Backdrop.Wood => 0.82 + 0.18 * Math.Sin(phase + y * freq + 3 * Math.Sin(x * 0.004 + phase)),
                Backdrop.Fabric => 0.85 + 0.15 * ((x / 3 + y / 3) % 2),
                Backdrop.Tablecloth => ((x / 40) + (y / 40)) % 2 == 0 ? 1.0 : 0.9,
                _ => 1.0,
            };
            f += (noise.NextDouble() - 0.5) * (kind is Backdrop.Carpet or Backdrop.DarkDesk ? 0.25 : 0.08);
            int i = (y * w + x) * 4;
            px[i] = (byte)Math.Clamp(r0 * f, 0, 255);
            px[i + 1] = (byte)Math.Clamp(g0 * f, 0, 255);
            px[i + 2] = (byte)Math.Clamp(b0 * f, 0, 255);
            px[i + 3] = 255;
        }
        return bmp;
    }
}

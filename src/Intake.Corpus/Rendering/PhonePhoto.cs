using SkiaSharp;

namespace Intake.Corpus.Rendering;

/// <summary>
/// A phone photo of a paper (an identity card or a whole sheet) lying on a table: the paper is drawn at an angle with
/// perspective, a soft shadow, uneven light and a glare spot, over a textured backdrop; colour, sensor noise, no
/// resolution (phones do not know how large the paper was).
/// </summary>
public static class PhonePhoto
{
    public sealed record Shot(int Width, int Height, double Fill, double Turn, Backdrop Backdrop);

    /// <summary>Random framing: landscape or portrait photo, the paper filling 45–80 % of its width.</summary>
    public static Shot Frame(Random rng, bool sheet)
    {
        bool portrait = sheet || rng.Next(4) == 0;
        var (w, h) = rng.Next(3) switch { 0 => (1600, 1200), 1 => (2000, 1500), _ => (1800, 1350) };
        if (portrait) (w, h) = (h, w);
        double turn = (rng.NextDouble() - 0.5) * (sheet ? 10 : 26);
        if (!sheet && portrait && rng.Next(2) == 0) turn += rng.Next(2) == 0 ? 90 : -90;
        double fill = sheet ? 0.78 + rng.NextDouble() * 0.14 : 0.45 + rng.NextDouble() * 0.35;
        return new Shot(w, h, fill, turn, (Backdrop)rng.Next(Enum.GetValues<Backdrop>().Length));
    }

    /// <summary>Photographs <paramref name="area"/> (points) of a laid-out page.</summary>
    public static Raster Take(PageLayout layout, (double X, double Y, double W, double H) area, ScanSettings look, Shot shot, Random rng)
    {
        bool turned = Math.Abs(Math.Abs(shot.Turn) - 90) < 20;
        double across = turned ? shot.Height : shot.Width;
        double pxPerPt = across * shot.Fill / area.W;
        int dpi = (int)Math.Round(pxPerPt * 72);
        var paper = PageRasterizer.Render(layout, look with
        {
            DpiX = dpi, DpiY = dpi, RowRepeat = 1, Colour = true, Skew = 0, QuarterTurns = 0, Noise = 0, Specks = 0, Blur = 0,
        }, area);
        using var paperBitmap = ToBitmap(paper);
        using var paperImage = SKImage.FromBitmap(paperBitmap);
        float pw = paper.Width, ph = paper.Height;

        using var canvasBitmap = PhotoBackdrop.Draw(shot.Backdrop, shot.Width, shot.Height, rng);
        using (var canvas = new SKCanvas(canvasBitmap))
        {
            var quad = Quad(pw, ph, shot, rng);
            var matrix = Homography.Map([new(0, 0), new(pw, 0), new(pw, ph), new(0, ph)], quad);
            float radius = (float)(Math.Min(pw, ph) * (area.W < 400 ? 0.045 : 0.004));
            // Shadow under the paper.
            using (var shadow = new SKPaint { Color = new SKColor(0, 0, 0, (byte)rng.Next(70, 130)), IsAntialias = true,
                       MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 10) })
            {
                canvas.Save();
                canvas.SetMatrix(SKMatrix.CreateTranslation(rng.Next(4, 14), rng.Next(5, 16)).PreConcat(matrix));
                canvas.DrawRoundRect(new SKRect(0, 0, pw, ph), radius, radius, shadow);
                canvas.Restore();
            }
            canvas.Save();
            canvas.SetMatrix(matrix);
            canvas.ClipRoundRect(new SKRoundRect(new SKRect(0, 0, pw, ph), radius, radius), antialias: true);
            canvas.DrawImage(paperImage, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), null);
            canvas.Restore();
            Light(canvas, shot, rng);
        }
        var rgb = PageRasterizer.ToRgb(canvasBitmap);
        for (int i = 0; i < rgb.Length; i++) rgb[i] = (byte)Math.Clamp(rgb[i] + rng.Next(-5, 6), 0, 255);
        if (rng.Next(3) == 0) rgb = PageRasterizer.Blur(rgb, shot.Width, shot.Height, 3, 0.8);
        return new Raster(shot.Width, shot.Height, rgb, 3, 0, 0);
    }

    /// <summary>The paper's corners in the photo: centred with some play, turned, foreshortened (the phone is not parallel).</summary>
    private static SKPoint[] Quad(float pw, float ph, Shot shot, Random rng)
    {
        bool turned = Math.Abs(Math.Abs(shot.Turn) - 90) < 20;
        double scale = (turned ? shot.Height : shot.Width) * shot.Fill / pw;
        double w = pw * scale, h = ph * scale;
        double cx = shot.Width / 2.0 + (rng.NextDouble() - 0.5) * shot.Width * 0.08;
        double cy = shot.Height / 2.0 + (rng.NextDouble() - 0.5) * shot.Height * 0.08;
        // Keystone: the far edge is shorter than the near one.
        double far = 1 - rng.NextDouble() * 0.12, side = 1 - rng.NextDouble() * 0.08;
        bool topFar = rng.Next(2) == 0, leftFar = rng.Next(2) == 0;
        double tw = topFar ? far : 1, bw = topFar ? 1 : far, lh = leftFar ? side : 1, rh = leftFar ? 1 : side;
        (double X, double Y)[] corners =
        [
            (-w / 2 * tw, -h / 2 * lh), (w / 2 * tw, -h / 2 * rh), (w / 2 * bw, h / 2 * rh), (-w / 2 * bw, h / 2 * lh),
        ];
        double a = shot.Turn * Math.PI / 180, cos = Math.Cos(a), sin = Math.Sin(a);
        return corners.Select(c => new SKPoint((float)(cx + c.X * cos - c.Y * sin), (float)(cy + c.X * sin + c.Y * cos))).ToArray();
    }

    /// <summary>Uneven light: darker towards one side, and a glare spot.</summary>
    private static void Light(SKCanvas canvas, Shot shot, Random rng)
    {
        var centre = new SKPoint((float)(shot.Width * rng.NextDouble()), (float)(shot.Height * rng.NextDouble()));
        float radius = (float)(Math.Max(shot.Width, shot.Height) * (0.7 + rng.NextDouble() * 0.5));
        using (var shade = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(centre, radius,
                [new SKColor(0, 0, 0, 0), new SKColor(0, 0, 0, (byte)rng.Next(60, 140))], [0.3f, 1f], SKShaderTileMode.Clamp),
        })
            canvas.DrawRect(0, 0, shot.Width, shot.Height, shade);
        if (rng.Next(3) != 0)
        {
            var spot = new SKPoint((float)(shot.Width * (0.3 + rng.NextDouble() * 0.4)), (float)(shot.Height * (0.3 + rng.NextDouble() * 0.4)));
            float r = (float)(Math.Min(shot.Width, shot.Height) * (0.08 + rng.NextDouble() * 0.12));
            using var glare = new SKPaint
            {
                Shader = SKShader.CreateRadialGradient(spot, r,
                    [new SKColor(255, 255, 250, (byte)rng.Next(70, 150)), new SKColor(255, 255, 250, 0)], [0f, 1f], SKShaderTileMode.Clamp),
            };
            canvas.DrawCircle(spot, r, glare);
        }
    }

    private static SKBitmap ToBitmap(Raster r)
    {
        var bmp = new SKBitmap(new SKImageInfo(r.Width, r.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var dst = bmp.GetPixelSpan();
        int n = r.Width * r.Height;
        for (int i = 0; i < n; i++)
        {
            dst[i * 4] = r.Pixels[i * 3];
            dst[i * 4 + 1] = r.Pixels[i * 3 + 1];
            dst[i * 4 + 2] = r.Pixels[i * 3 + 2];
            dst[i * 4 + 3] = 255;
        }
        return bmp;
    }
}

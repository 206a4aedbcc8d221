using Intake.Corpus.Model;
using SkiaSharp;

namespace Intake.Corpus.Rendering;

/// <summary>Draws a laid-out page as a scanned grey image with SkiaSharp, then applies scanner defects.</summary>
public static class PageRasterizer
{
    public static GrayRaster Render(PageLayout layout, ScanSettings s, (double X, double Y, double W, double H)? crop = null)
    {
        double scale = s.Dpi / 72.0;
        var area = crop ?? (0, 0, layout.Width, layout.Height);
        int w = (int)Math.Round(area.W * scale), h = (int)Math.Round(area.H * scale);
        var rng = new Random(s.Seed);
        using var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            byte paper = s.Paper;
            canvas.Clear(new SKColor(paper, paper, paper));
            canvas.Save();
            canvas.RotateDegrees((float)(s.Skew + (s.UpsideDown ? 180 : 0)), w / 2f, h / 2f);
            canvas.Scale((float)scale);
            canvas.Translate((float)-area.X, (float)-area.Y);
            Draw(canvas, layout, s, rng);
            canvas.Restore();
        }
        var pixels = ToGray(bitmap);
        if (s.Blur > 0) pixels = BoxBlur(pixels, w, h);
        AddNoise(pixels, w, h, s, rng);
        return new GrayRaster(w, h, pixels, s.Dpi);
    }

    private static void Draw(SKCanvas canvas, PageLayout layout, ScanSettings s, Random rng)
    {
        using var ink = new SKPaint { Color = new SKColor(25, 25, 25), IsAntialias = true };
        using var pen = new SKPaint { Color = new SKColor(40, 40, 70), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.3f, StrokeCap = SKStrokeCap.Round };
        using var thin = new SKPaint { Color = new SKColor(60, 60, 60), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f };
        foreach (var box in layout.Boxes)
        {
            var r = new SKRect((float)box.X, (float)box.Y, (float)(box.X + box.W), (float)(box.Y + box.H));
            switch (box.Kind)
            {
                case BoxKind.Card:
                    using (var card = new SKPaint { Color = new SKColor(232, 232, 232) }) canvas.DrawRoundRect(r, 10, 10, card);
                    canvas.DrawRoundRect(r, 10, 10, thin);
                    break;
                case BoxKind.Photo:
                    using (var photo = new SKPaint { Color = new SKColor(150, 150, 150) }) canvas.DrawRect(r, photo);
                    using (var head = new SKPaint { Color = new SKColor(90, 90, 90), IsAntialias = true })
                    {
                        canvas.DrawCircle(r.MidX, r.Top + r.Height * 0.38f, r.Width * 0.22f, head);
                        canvas.DrawOval(r.MidX, r.Bottom, r.Width * 0.4f, r.Height * 0.3f, head);
                    }
                    break;
                case BoxKind.Checkbox:
                    canvas.DrawRect(r, thin);
                    if (box.Checked) Mark(canvas, r, box, layout, s.MarkStyle, pen, ink);
                    break;
                case BoxKind.Signature:
                    if (box.Checked) Scribble(canvas, r, pen, rng);
                    break;
                case BoxKind.Frame or BoxKind.CombCell:
                    canvas.DrawRect(r, thin);
                    break;
            }
        }
        foreach (var t in layout.Texts)
        {
            if (t.Text.Length == 0) continue;
            if (t.Font == FontKind.Hand) HandText(canvas, t, pen.Color, rng);
            else
            {
                using var font = new SKFont(Fonts.Face(t.Font), (float)t.Size);
                canvas.DrawText(t.Text, (float)t.X, (float)t.Baseline, SKTextAlign.Left, font, ink);
            }
        }
        if (s.Stamp is { } stamp) Stamp(canvas, layout, stamp, rng);
    }

    private static void Mark(SKCanvas canvas, SKRect r, PlacedBox box, PageLayout layout, int style, SKPaint pen, SKPaint ink)
    {
        switch (style)
        {
            case 0:
                canvas.DrawLine(r.Left - 1, r.Top - 1, r.Right + 1, r.Bottom + 1, pen);
                canvas.DrawLine(r.Left - 1, r.Bottom + 1, r.Right + 1, r.Top - 1, pen);
                break;
            case 1:
                canvas.DrawLine(r.Left, r.MidY, r.Left + r.Width * 0.4f, r.Bottom, pen);
                canvas.DrawLine(r.Left + r.Width * 0.4f, r.Bottom, r.Right + 3, r.Top - 4, pen);
                break;
            case 2:
                var inner = r;
                inner.Inflate(-1.2f, -1.2f);
                canvas.DrawRect(inner, ink);
                break;
            default:
                var label = layout.Texts.FirstOrDefault(t => ReferenceEquals(t.Source, box.Source));
                float lw = label is null ? 20 : (float)Fonts.Measure(label.Text, label.Font, label.Size);
                bool wordFirst = label is not null && label.X < box.X; // "Oui ☐": the ring goes round the word and its box
                canvas.DrawOval(wordFirst
                    ? new SKRect((float)label!.X - 6, r.Top - 4, r.Right + 4, r.Bottom + 4)
                    : new SKRect(r.Left - 4, r.Top - 4, r.Right + 8 + lw, r.Bottom + 4), pen);
                break;
        }
    }

    private static void Scribble(SKCanvas canvas, SKRect r, SKPaint pen, Random rng)
    {
        // A signature: a wavy stroke made of short segments.
        float x = r.Left + 10, y = r.MidY;
        double phase = rng.NextDouble() * 6, amp = r.Height * (0.25 + rng.NextDouble() * 0.15), freq = 0.08 + rng.NextDouble() * 0.08;
        for (float nx = x + 2; nx < r.Right - 10; nx += 2)
        {
            float ny = r.MidY + (float)(amp * Math.Sin(phase + (nx - r.Left) * freq) * Math.Cos((nx - r.Left) * 0.021));
            canvas.DrawLine(x, y, nx, ny, pen);
            x = nx; y = ny;
        }
    }

    /// <summary>Hand-printed capitals: per-glyph jitter in size, angle and offset.</summary>
    private static void HandText(SKCanvas canvas, PlacedText t, SKColor color, Random rng)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        float x = (float)t.X;
        foreach (char ch in t.Text)
        {
            float size = (float)(t.Size * (0.92 + rng.NextDouble() * 0.16));
            using var font = new SKFont(Fonts.Face(FontKind.Hand), size);
            string g = ch.ToString();
            float adv = font.MeasureText(g);
            canvas.Save();
            float dy = (float)((rng.NextDouble() - 0.5) * 2.4);
            canvas.RotateDegrees((float)((rng.NextDouble() - 0.5) * 10), x + adv / 2, (float)t.Baseline);
            canvas.DrawText(g, x, (float)t.Baseline + dy, SKTextAlign.Left, font, paint);
            canvas.Restore();
            x += adv * (float)(0.98 + rng.NextDouble() * 0.1);
        }
    }

    private static void Stamp(SKCanvas canvas, PageLayout layout, string text, Random rng)
    {
        using var paint = new SKPaint { Color = new SKColor(70, 70, 70), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f };
        using var fill = new SKPaint { Color = new SKColor(70, 70, 70), IsAntialias = true };
        using var font = new SKFont(Fonts.Face(FontKind.SansBold), 10);
        float w = font.MeasureText(text) + 16;
        float x = (float)layout.Width - w - 24, y = 14;
        canvas.Save();
        canvas.RotateDegrees((float)((rng.NextDouble() - 0.5) * 6), x + w / 2, y + 20);
        canvas.DrawRect(x, y, w, 38, paint);
        using (var small = new SKFont(Fonts.Face(FontKind.Sans), 7)) canvas.DrawText("CCI RHÔNE-ALPES", x + 8, y + 12, SKTextAlign.Left, small, fill);
        canvas.DrawText(text, x + 8, y + 29, SKTextAlign.Left, font, fill);
        canvas.Restore();
    }

    private static byte[] ToGray(SKBitmap bitmap)
    {
        var src = bitmap.GetPixelSpan();
        var dst = new byte[bitmap.Width * bitmap.Height];
        for (int i = 0; i < dst.Length; i++)
            dst[i] = (byte)((src[i * 4] * 77 + src[i * 4 + 1] * 150 + src[i * 4 + 2] * 29) >> 8);
        return dst;
    }

    private static byte[] BoxBlur(byte[] p, int w, int h)
    {
        var o = new byte[p.Length];
        for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
        {
            int c = p[y * w + x] * 4, n = 4;
            if (x > 0) { c += p[y * w + x - 1]; n++; }
            if (x < w - 1) { c += p[y * w + x + 1]; n++; }
            if (y > 0) { c += p[(y - 1) * w + x]; n++; }
            if (y < h - 1) { c += p[(y + 1) * w + x]; n++; }
            o[y * w + x] = (byte)(c / n);
        }
        return o;
    }

    private static void AddNoise(byte[] p, int w, int h, ScanSettings s, Random rng)
    {
        if (s.Noise > 0)
            for (int i = 0; i < p.Length; i++)
            {
                int v = p[i] + rng.Next(-s.Noise, s.Noise + 1);
                p[i] = (byte)Math.Clamp(v, 0, 255);
            }
        for (int k = 0; k < s.Specks; k++)
        {
            int cx = rng.Next(w), cy = rng.Next(h), r = rng.Next(1, 3);
            for (int y = Math.Max(0, cy - r); y < Math.Min(h, cy + r); y++)
            for (int x = Math.Max(0, cx - r); x < Math.Min(w, cx + r); x++)
                p[y * w + x] = (byte)rng.Next(30, 120);
        }
    }
}

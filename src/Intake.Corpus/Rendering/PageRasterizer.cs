using SkiaSharp;

namespace Intake.Corpus.Rendering;

/// <summary>Draws a laid-out page as a scanned image (grey or colour) with SkiaSharp, then applies scanner defects.</summary>
public static class PageRasterizer
{
    public static Raster Render(PageLayout layout, ScanSettings s, (double X, double Y, double W, double H)? crop = null)
    {
        var area = crop ?? (0, 0, layout.Width, layout.Height);
        double sx = s.DpiX / 72.0, sy = s.DpiY / 72.0 / s.RowRepeat;
        int w = (int)Math.Round(area.W * sx), drawnRows = (int)Math.Round(area.H * sy);
        var rng = new Random(s.Seed);
        using var bitmap = new SKBitmap(new SKImageInfo(w, drawnRows, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(PaperColour(s));
            canvas.Save();
            canvas.RotateDegrees((float)s.Skew, w / 2f, drawnRows / 2f);
            canvas.Scale((float)sx, (float)sy);
            canvas.Translate((float)-area.X, (float)-area.Y);
            Draw(canvas, layout, s, rng);
            canvas.Restore();
        }
        int channels = s.Colour ? 3 : 1;
        var pixels = s.Colour ? ToRgb(bitmap) : ToGray(bitmap);
        int h = drawnRows;
        if (s.RowRepeat > 1)
        {
            pixels = RepeatRows(pixels, w * channels, drawnRows, s.RowRepeat);
            h = drawnRows * s.RowRepeat;
        }
        if (s.Blur > 0) pixels = Blur(pixels, w, h, channels, s.Blur);
        if (s.Photocopy) Toner(pixels, w, h, channels, rng);
        AddNoise(pixels, w, h, channels, s, rng);
        return new Raster(w, h, pixels, channels, s.DpiX, s.DpiY).Turned(s.QuarterTurns);
    }

    internal static SKColor PaperColour(ScanSettings s) =>
        s.Colour ? new SKColor(s.Paper, (byte)Math.Max(0, s.Paper - 2), (byte)Math.Max(0, s.Paper - 9)) : new SKColor(s.Paper, s.Paper, s.Paper);

    private static void Draw(SKCanvas canvas, PageLayout layout, ScanSettings s, Random rng)
    {
        using var ink = new SKPaint { Color = new SKColor(25, 25, 25), IsAntialias = true };
        using var accent = new SKPaint { Color = s.Accent, IsAntialias = true };
        var penColour = s.Colour && s.Seed % 3 != 0 ? new SKColor(28, 48, 150) : new SKColor(40, 40, 70);
        using var pen = new SKPaint { Color = penColour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.3f, StrokeCap = SKStrokeCap.Round };
        using var thin = new SKPaint { Color = new SKColor(60, 60, 60), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f };
        foreach (var box in layout.Boxes)
        {
            var r = new SKRect((float)box.X, (float)box.Y, (float)(box.X + box.W), (float)(box.Y + box.H));
            switch (box.Kind)
            {
                case BoxKind.Card:
                    Card(canvas, r, s, rng);
                    break;
                case BoxKind.Photo:
                    Photo(canvas, r, s);
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
                // Linear metrics, as measured by the layout and as a PDF viewer spaces the glyphs.
                using var font = new SKFont(Fonts.Face(t.Font), (float)t.Size) { LinearMetrics = true, Subpixel = true };
                var paint = t.Size >= 12.5 && Fonts.IsBold(t.Font) ? accent : ink;
                canvas.DrawText(t.Text, (float)t.X, (float)t.Baseline, SKTextAlign.Left, font, paint);
            }
        }
        if (s.Stamp is { } stamp) Stamp(canvas, layout, stamp, s.StampInk, rng);
        if (s.FaxHeader is { } header)
        {
            using var font = new SKFont(Fonts.Face(FontKind.Mono), 7.5f) { LinearMetrics = true };
            canvas.DrawText(header, 18, 11, SKTextAlign.Left, font, ink);
        }
    }

    /// <summary>An identity card or passport page: rounded, tinted, with a fine wavy security print.</summary>
    private static void Card(SKCanvas canvas, SKRect r, ScanSettings s, Random rng)
    {
        var tint = s.Photocopy ? Darker(Luma(s.CardTint), 0.86) : s.CardTint;
        float radius = Math.Min(r.Width, r.Height) * 0.045f;
        using (var fill = new SKPaint { Color = tint, IsAntialias = true }) canvas.DrawRoundRect(r, radius, radius, fill);
        if (s.CardPattern)
        {
            canvas.Save();
            canvas.ClipRoundRect(new SKRoundRect(r, radius), antialias: true);
            var line = Darker(tint, s.Photocopy ? 0.95 : 0.93);
            using var wave = new SKPaint { Color = line, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.35f };
            double phase = rng.NextDouble() * 6, period = 9 + rng.NextDouble() * 6;
            var points = new List<SKPoint>();
            for (float y0 = r.Top - 6; y0 < r.Bottom + 6; y0 += 3.2f)
            {
                points.Clear();
                for (float x = r.Left; x <= r.Right + 2; x += 2)
                    points.Add(new SKPoint(x, y0 + (float)(2.2 * Math.Sin(phase + (x - r.Left) / period + y0 * 0.05))));
                canvas.DrawPoints(SKPointMode.Polygon, points.ToArray(), wave);
            }
            canvas.Restore();
        }
        using var edge = new SKPaint
        {
            Color = s.Photocopy ? new SKColor(35, 35, 35) : new SKColor(90, 90, 90), IsAntialias = true,
            Style = SKPaintStyle.Stroke, StrokeWidth = s.Photocopy ? 2.2f : 0.8f,
        };
        canvas.DrawRoundRect(r, radius, radius, edge);
    }

    private static void Photo(SKCanvas canvas, SKRect r, ScanSettings s)
    {
        var background = s.Colour ? new SKColor(196, 205, 214) : new SKColor(170, 170, 170);
        var skin = s.Colour ? new SKColor(196, 150, 120) : new SKColor(120, 120, 120);
        var clothes = s.Colour ? new SKColor(52, 60, 82) : new SKColor(80, 80, 80);
        if (s.Photocopy) { background = new SKColor(120, 120, 120); skin = new SKColor(70, 70, 70); clothes = new SKColor(40, 40, 40); }
        using (var bg = new SKPaint { Color = background }) canvas.DrawRect(r, bg);
        canvas.Save();
        canvas.ClipRect(r);
        using (var body = new SKPaint { Color = clothes, IsAntialias = true }) canvas.DrawOval(r.MidX, r.Bottom, r.Width * 0.42f, r.Height * 0.3f, body);
        using (var head = new SKPaint { Color = skin, IsAntialias = true }) canvas.DrawOval(r.MidX, r.Top + r.Height * 0.4f, r.Width * 0.21f, r.Height * 0.22f, head);
        canvas.Restore();
    }

    private static SKColor Luma(SKColor c)
    {
        byte l = (byte)((c.Red * 77 + c.Green * 150 + c.Blue * 29) >> 8);
        return new SKColor(l, l, l);
    }

    private static SKColor Darker(SKColor c, double f) => new((byte)(c.Red * f), (byte)(c.Green * f), (byte)(c.Blue * f));

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
            using var font = new SKFont(Fonts.Face(FontKind.Hand), size) { LinearMetrics = true, Subpixel = true };
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

    private static void Stamp(SKCanvas canvas, PageLayout layout, string text, SKColor colour, Random rng)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f };
        using var fill = new SKPaint { Color = colour, IsAntialias = true };
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

    internal static byte[] ToGray(SKBitmap bitmap)
    {
        var src = bitmap.GetPixelSpan();
        var dst = new byte[bitmap.Width * bitmap.Height];
        for (int i = 0; i < dst.Length; i++)
            dst[i] = (byte)((src[i * 4] * 77 + src[i * 4 + 1] * 150 + src[i * 4 + 2] * 29) >> 8);
        return dst;
    }

    internal static byte[] ToRgb(SKBitmap bitmap)
    {
        var src = bitmap.GetPixelSpan();
        int n = bitmap.Width * bitmap.Height;
        var dst = new byte[n * 3];
        for (int i = 0; i < n; i++)
        {
            dst[i * 3] = src[i * 4];
            dst[i * 3 + 1] = src[i * 4 + 1];
            dst[i * 3 + 2] = src[i * 4 + 2];
        }
        return dst;
    }

    private static byte[] RepeatRows(byte[] p, int stride, int rows, int repeat)
    {
        var o = new byte[p.Length * repeat];
        for (int y = 0; y < rows; y++)
            for (int k = 0; k < repeat; k++)
                Buffer.BlockCopy(p, y * stride, o, (y * repeat + k) * stride, stride);
        return o;
    }

    /// <summary>A small blur: the weighted average of each pixel with its four neighbours (weight grows with the radius).</summary>
    internal static byte[] Blur(byte[] p, int w, int h, int ch, double radius)
    {
        int self = Math.Max(1, (int)Math.Round(4 / Math.Max(0.25, radius)));
        var o = new byte[p.Length];
        int stride = w * ch;
        for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
        for (int c = 0; c < ch; c++)
        {
            int i = y * stride + x * ch + c;
            int sum = p[i] * self, n = self;
            if (x > 0) { sum += p[i - ch]; n++; }
            if (x < w - 1) { sum += p[i + ch]; n++; }
            if (y > 0) { sum += p[i - stride]; n++; }
            if (y < h - 1) { sum += p[i + stride]; n++; }
            o[i] = (byte)(sum / n);
        }
        return o;
    }

    /// <summary>Photocopier look: contrast pushed up (greys darker, paper whiter) and toner dust.</summary>
    private static void Toner(byte[] p, int w, int h, int ch, Random rng)
    {
        for (int i = 0; i < p.Length; i++)
        {
            int v = p[i];
            v = v > 215 ? Math.Min(255, v + 12) : (int)(v * 0.86);
            p[i] = (byte)v;
        }
        int dots = w * h / 9000;
        for (int k = 0; k < dots; k++)
        {
            int x = rng.Next(w), y = rng.Next(h);
            byte v = (byte)rng.Next(20, 110);
            for (int c = 0; c < ch; c++) p[(y * w + x) * ch + c] = v;
        }
    }

    private static void AddNoise(byte[] p, int w, int h, int ch, ScanSettings s, Random rng)
    {
        if (s.Noise > 0)
        {
            // xorshift32: per-pixel noise at a fraction of the cost of Random.Next, still seeded.
            uint x = (uint)rng.Next() | 1, span = (uint)(2 * s.Noise + 1);
            for (int i = 0; i < p.Length; i++)
            {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                int v = p[i] + (int)(x % span) - s.Noise;
                p[i] = (byte)Math.Clamp(v, 0, 255);
            }
        }
        for (int k = 0; k < s.Specks; k++)
        {
            int cx = rng.Next(w), cy = rng.Next(h), r = rng.Next(1, 3);
            byte v = (byte)rng.Next(30, 120);
            for (int y = Math.Max(0, cy - r); y < Math.Min(h, cy + r); y++)
            for (int x = Math.Max(0, cx - r); x < Math.Min(w, cx + r); x++)
            for (int c = 0; c < ch; c++)
                p[(y * w + x) * ch + c] = v;
        }
    }
}

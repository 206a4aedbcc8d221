using System.Runtime.CompilerServices;
using Intake.Domain.Documents;

namespace Intake.Extraction.Checkboxes;

/// <summary>
/// Page rasters as ink-is-dark images. Some scans arrive with inverted polarity (white text on black, e.g. a
/// bilevel image whose "black is 1" flag was lost); OCR copes with that, ink measurements must too.
/// </summary>
public static class Polarity
{
    private static readonly ConditionalWeakTable<GrayImage, GrayImage> Cache = new();

    /// <summary>The image itself when paper is light, else an inverted copy (computed once per raster).</summary>
    public static GrayImage InkDark(GrayImage img) => IsInverted(img) ? Cache.GetValue(img, Invert) : img;

    /// <summary>True when most of the page is dark: a page is mostly paper, so dark paper means inverted polarity.</summary>
    public static bool IsInverted(GrayImage img)
    {
        var px = img.Pixels;
        if (px.Length == 0) return false;
        int step = Math.Max(1, px.Length / 20_000), dark = 0, n = 0;
        for (int i = 0; i < px.Length; i += step, n++)
            if (px[i] < 128) dark++;
        return dark > n * 0.6;
    }

    private static GrayImage Invert(GrayImage img)
    {
        var inv = new byte[img.Pixels.Length];
        for (int i = 0; i < inv.Length; i++) inv[i] = (byte)(255 - img.Pixels[i]);
        return img with { Pixels = inv };
    }
}

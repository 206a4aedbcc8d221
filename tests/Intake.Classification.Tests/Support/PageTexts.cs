using Intake.Domain.Documents;

namespace Intake.Classification.Tests.Support;

/// <summary>Builds <see cref="PageText"/> values from plain text (one line per '\n', fake boxes).</summary>
public static class PageTexts
{
    public static PageText FromText(string text, int number = 1, double confidence = 0.9, GrayImage? image = null)
    {
        var lines = text.Split('\n')
            .Select((line, row) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select((w, col) => new Word(w, new BBox(50 + col * 40, 800 - row * 14, 85 + col * 40, 810 - row * 14), confidence))
                .ToArray())
            .Where(words => words.Length > 0)
            .Select(words => new TextLine(words))
            .ToArray();
        return new PageText(number, 595, 842, lines, TextSource.Ocr, confidence, 0) { Image = image };
    }

    /// <summary>A white page raster with <paramref name="inkRatio"/> of its pixels (inside the margins) black.</summary>
    public static GrayImage Raster(double inkRatio, int width = 400, int height = 560, int seed = 1)
    {
        var pixels = Enumerable.Repeat((byte)255, width * height).ToArray();
        var random = new Random(seed);
        int x0 = width / 10, y0 = height / 10, w = width - 2 * x0, h = height - 2 * y0;
        int dark = (int)(inkRatio * w * h);
        for (int i = 0; i < dark; i++) pixels[(y0 + random.Next(h)) * width + x0 + random.Next(w)] = 0;
        return new GrayImage(width, height, pixels, 50, 50);
    }
}

using Intake.Domain.Documents;
using Intake.Text.Images;
using Intake.Text.Ocr;
using Intake.Text.Ocr.Native;
using Intake.Text.Tests.Fixtures;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Intake.Text.Tests;

/// <summary>Blank pages are recognised before OCR; anything that may be writing is OCR'd.</summary>
public class BlankPageTests
{
    private const int Width = 1654, Height = 2339, Dpi = 200; // A4 at 200 dpi

    private static GrayImage Paper(byte level = 236, int seed = 1, int specks = 0, int grain = 0)
    {
        var rng = new Random(seed);
        var px = new byte[Width * Height];
        for (int i = 0; i < px.Length; i++) px[i] = (byte)Math.Clamp(level + (grain == 0 ? 0 : rng.Next(-grain, grain + 1)), 0, 255);
        for (int s = 0; s < specks; s++) Fill(px, rng.Next(Width - 8), rng.Next(Height - 8), 1 + rng.Next(4), 1 + rng.Next(4), 20);
        return new GrayImage(Width, Height, px, Dpi, Dpi);
    }

    private static void Fill(byte[] px, int x, int y, int w, int h, byte value)
    {
        for (int dy = 0; dy < h; dy++)
            for (int dx = 0; dx < w; dx++) px[(y + dy) * Width + x + dx] = value;
    }

    [Fact]
    public void White_paper_grain_and_specks_are_blank()
    {
        Assert.True(BlankScan.IsBlank(Paper(level: 255)));
        Assert.True(BlankScan.IsBlank(Paper(grain: 12)));
        Assert.True(BlankScan.IsBlank(Paper(grain: 8, specks: 60)));
    }

    [Fact]
    public void A_single_small_letter_is_writing()
    {
        var page = Paper(grain: 8, specks: 60);
        // An 8 pt lowercase letter at 200 dpi: about 11 px tall, strokes 2 px wide (an "l" next to dust).
        Fill(page.Pixels, 800, 1200, 2, 11, 30);
        Assert.False(BlankScan.IsBlank(page));
    }

    [Fact]
    public void Faint_pencil_is_writing()
    {
        var page = Paper(level: 240, grain: 6);
        Fill(page.Pixels, 300, 2000, 120, 2, 180); // a light pencil stroke, 60 grey levels under the paper
        Assert.False(BlankScan.IsBlank(page));
    }

    [Fact]
    public void A_dark_or_inked_page_is_never_called_blank()
    {
        Assert.False(BlankScan.IsBlank(Paper(level: 30)));
        var shaded = Paper();
        Fill(shaded.Pixels, 0, 0, Width, 400, 90); // a phone picture's shadow over the top of the sheet
        Assert.False(BlankScan.IsBlank(shaded));
    }

    [Fact]
    public void Paper_level_is_the_median_grey()
    {
        var px = new byte[1000];
        Array.Fill(px, (byte)230);
        for (int i = 0; i < 300; i++) px[i] = 10;
        Assert.Equal(230, BlankScan.PaperLevel(px));
    }

    [Fact]
    public async Task A_speckled_back_is_skipped_and_a_page_with_one_line_is_read()
    {
        var speckled = Paper(grain: 10, specks: 80);
        using (var pix = Pix.FromGray(speckled)) pix.Write(SampleFiles.PathOf("speckled-back.png"), ImageFileFormat.Png);

        // One typed line at 9 pt on an otherwise empty page, rendered as a scan.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Lu et approuvé", 9, new PdfPoint(320, 120), font);
        var pdf = SampleFiles.PathOf("one-line.pdf");
        await File.WriteAllBytesAsync(pdf, builder.Build());
        var oneLine = SampleFiles.RasterToPng(pdf, 1, "one-line.png");

        using var reader = new FileTextReader(new TextOptions { DegreeOfParallelism = 1 });
        var back = Assert.Single((await reader.ReadAsync(SampleFiles.PathOf("speckled-back.png"))).Pages);
        var text = Assert.Single((await reader.ReadAsync(oneLine)).Pages);

        Assert.Empty(back.Lines);
        Assert.NotNull(back.Image);
        Assert.Contains("approuv", string.Join(' ', text.Lines.Select(l => l.Text)));
        Assert.Equal([true, false], reader.Stats.Pages.Select(p => p.SkippedBlank));
    }
}

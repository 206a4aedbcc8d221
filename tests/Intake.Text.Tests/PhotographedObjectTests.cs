using Intake.Domain.Documents;
using Intake.Text.Images;
using Intake.Text.Ocr;

namespace Intake.Text.Tests;

/// <summary>A photo of a card or a sheet on a darker background gets its resolution from the document's size in the picture.</summary>
public class PhotographedObjectTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(-20)]
    public void An_id_card_photographed_at_an_angle_gives_its_resolution(double degrees)
    {
        // An ID-1 card (85.6 × 54 mm) at 341 dpi: 1,150 × 725 pixels, with lines of dark writing and a portrait.
        using var photo = Photo(1600, 1200, 1150, 725, degrees);
        var dpi = PhotographedObject.EstimateDpi(photo);
        Assert.NotNull(dpi);
        Assert.InRange(dpi.Value, 341 * 0.95, 341 * 1.05);
        Assert.Equal(ResolutionSource.Estimated, PageResolution.Guess(photo, 300).Source);
        Assert.InRange(PageResolution.Guess(photo, 300).DpiX, 341 * 0.95, 341 * 1.05);
    }

    [Fact]
    public void An_a4_sheet_on_a_desk_gives_its_resolution()
    {
        // A4 (297 × 210 mm) at 120 dpi: 1,403 × 992 pixels, portrait.
        using var photo = Photo(1300, 1700, 992, 1403, 3);
        var dpi = PhotographedObject.EstimateDpi(photo);
        Assert.NotNull(dpi);
        Assert.InRange(dpi.Value, 120 * 0.95, 120 * 1.05);
    }

    [Fact]
    public void A_scan_whose_paper_fills_the_picture_is_not_measured_this_way()
    {
        using var scan = Photo(1654, 2339, 1654, 2339, 0, background: 235);
        Assert.Null(PhotographedObject.EstimateDpi(scan));
    }

    [Fact]
    public void A_document_of_no_standard_format_is_not_measured()
    {
        using var square = Photo(1600, 1600, 900, 900, 5);
        Assert.Null(PhotographedObject.EstimateDpi(square));
    }

    /// <summary>
    /// A grey picture: background, and a bright document of <paramref name="docW"/> × <paramref name="docH"/> pixels
    /// turned by <paramref name="degrees"/> around the centre, with rows of dark marks (writing) and a dark block.
    /// </summary>
    private static Pix Photo(int w, int h, int docW, int docH, double degrees, byte background = 70)
    {
        var px = new byte[w * h];
        double a = degrees * Math.PI / 180, cos = Math.Cos(a), sin = Math.Sin(a);
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                double dx = x - w / 2.0, dy = y - h / 2.0;
                double u = dx * cos + dy * sin + docW / 2.0, v = -dx * sin + dy * cos + docH / 2.0;
                bool inside = u >= 0 && u < docW && v >= 0 && v < docH;
                byte value = background;
                if (inside)
                {
                    value = 225;
                    bool portrait = u > docW * 0.05 && u < docW * 0.3 && v > docH * 0.2 && v < docH * 0.75;
                    bool writing = u > docW * 0.35 && u < docW * 0.95 && (int)(v / (docH / 24.0)) % 3 == 1 && (int)(u / (docW / 60.0)) % 2 == 0;
                    if (portrait || writing) value = 40;
                }
                px[y * w + x] = value;
            }
        }
        return Pix.FromGray(new GrayImage(w, h, px, 0, 0));
    }
}

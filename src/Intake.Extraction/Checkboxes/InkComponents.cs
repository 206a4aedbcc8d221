using Intake.Domain.Documents;

namespace Intake.Extraction.Checkboxes;

/// <summary>A connected patch of ink on a page raster: its box in PDF points and its shape figures.</summary>
public sealed record InkBlob(BBox Box, int Pixels, bool StraightEdge);

/// <summary>Connected ink components (8-neighbour) of a region of a page raster.</summary>
public static class InkComponents
{
    public static List<InkBlob> In(PageText page, BBox region)
    {
        var result = new List<InkBlob>();
        if (page.Image is null) return result;
        var img = Polarity.InkDark(page.Image);
        var (rx0, ry0, rx1, ry1) = img.ToPixels(region, page.Height);
        int w = rx1 - rx0, h = ry1 - ry0;
        if (w <= 0 || h <= 0) return result;
        double pxX = img.DpiX / 72, pxY = img.DpiY / 72;
        ConnectedComponents.Each(w, h, new RegionMask(img, rx0, ry0, w), patch =>
        {
            var (pixels, x0, y0, x1, y1) = (patch.Pixels, patch.X0, patch.Y0, patch.X1, patch.Y1);
            int cw = x1 - x0 + 1;
            // a printed frame or rule: its top or bottom row is one long straight stroke
            int top = 0, bottom = 0;
            foreach (var p in pixels)
            {
                if (p / w == y0) top++;
                if (p / w == y1) bottom++;
            }
            bool straight = cw >= 8 && (top >= 0.8 * cw || bottom >= 0.8 * cw);
            var box = new BBox((rx0 + x0) / pxX, page.Height - (ry0 + y1 + 1) / pxY, (rx0 + x1 + 1) / pxX, page.Height - (ry0 + y0) / pxY);
            result.Add(new InkBlob(box, pixels.Count, straight));
        });
        return result;
    }

    /// <summary>The dark pixels of a region of the raster, indexed within the region.</summary>
    private readonly struct RegionMask(GrayImage img, int rx0, int ry0, int w) : IInkMask
    {
        public bool IsInk(int index) => img[rx0 + index % w, ry0 + index / w] < BoxDetector.Dark;
    }
}

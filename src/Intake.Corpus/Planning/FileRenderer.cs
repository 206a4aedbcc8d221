using Intake.Corpus.Model;
using Intake.Corpus.Rendering;
using Intake.Corpus.Scenarios;
using Intake.Corpus.Writers;

namespace Intake.Corpus.Planning;

/// <summary>Renders the documents of one inbox file into the bytes of the requested file kind.</summary>
public static class FileRenderer
{
    public sealed record Request(IReadOnlyList<Document> Documents, FileKind Kind, Random Rng, string? Stamp, int UpsideDownPage = -1);

    public static byte[] Render(Request req)
    {
        var rng = req.Rng;
        var pages = new List<(Page Page, PageLayout Layout, string Type)>();
        foreach (var doc in req.Documents)
        {
            bool serif = doc.Type is "courrier" or "jugement_protection" or "acte_deces" or "justificatif_lien" && rng.Next(2) == 0;
            foreach (var p in doc.Pages) pages.Add((p, LayoutEngine.Layout(p, serif), doc.Type));
        }
        ScanSettings Scan(int i, int dpi = 200) =>
            ScanSettings.Random(rng, dpi, i == 0 ? req.Stamp : null, i == req.UpsideDownPage);

        switch (req.Kind)
        {
            case FileKind.TextPdf:
                return PdfWriters.Write(pages.Select(p => (PdfPageContent)new TextPage(p.Layout)).ToList());
            case FileKind.AcroFormPdf:
                return AcroFormPdfWriter.Write(pages.Select(p => p.Layout).ToList());
            case FileKind.ScannedPdf:
            {
                int encoding = rng.Next(20); // 0-8 JPEG, 9-16 G4, 17-19 PNG
                return PdfWriters.Write(pages.Select((p, i) => Scanned(p.Layout, Scan(i), encoding)).ToList());
            }
            case FileKind.MixedPdf:
            {
                int docs = req.Documents.Count;
                var firstDocPages = req.Documents[0].Pages.Count;
                return PdfWriters.Write(pages.Select((p, i) =>
                {
                    bool scanned = docs > 1 ? i >= firstDocPages : i == pages.Count - 1;
                    return scanned ? Scanned(p.Layout, Scan(i), rng.Next(9)) : new TextPage(p.Layout);
                }).ToList());
            }
            case FileKind.Tiff or FileKind.TiffG4:
            {
                bool g4 = req.Kind == FileKind.TiffG4;
                var rasters = pages.Select((p, i) => PageRasterizer.Render(p.Layout, Scan(i) with { Noise = g4 ? 8 : 0 })).ToList();
                return ImageEncoding.Tiff(rasters, g4);
            }
            case FileKind.Jpeg:
            {
                var (_, layout, type) = pages.Single();
                if (type == "piece_identite")
                {
                    // A phone photo of the card on a table: dark background, stronger tilt.
                    var card = layout.Boxes.First(b => b.Kind == BoxKind.Card);
                    var s = Scan(0, 300) with { Paper = (byte)rng.Next(70, 130), Skew = (rng.NextDouble() - 0.5) * 8, Stamp = null };
                    var crop = (card.X - 30, card.Y - 30, card.W + 60, card.H + 60);
                    return ImageEncoding.Jpeg(PageRasterizer.Render(layout, s, crop), rng.Next(70, 88));
                }
                return ImageEncoding.Jpeg(PageRasterizer.Render(layout, Scan(0) with { Skew = (rng.NextDouble() - 0.5) * 4 }), rng.Next(60, 80));
            }
            case FileKind.Png:
                return ImageEncoding.Png(PageRasterizer.Render(pages.Single().Layout, Scan(0) with { Noise = 0 }));
            default:
                throw new ArgumentOutOfRangeException(nameof(req));
        }
    }

    private static PdfPageContent Scanned(PageLayout layout, ScanSettings s, int encoding)
    {
        if (encoding < 9)
        {
            var r = PageRasterizer.Render(layout, s);
            return new ImagePage(ImageEncoding.Jpeg(r, 35 + s.Seed % 20), ImageFormat.Jpeg, r.Width, r.Height);
        }
        if (encoding < 17)
        {
            var r = PageRasterizer.Render(layout, s with { Noise = 8 });
            return new ImagePage(ImageEncoding.G4(r), ImageFormat.G4, r.Width, r.Height);
        }
        var png = PageRasterizer.Render(layout, s with { Noise = 0, Dpi = 150 });
        return new ImagePage(ImageEncoding.Png(png), ImageFormat.Png, png.Width, png.Height);
    }
}

using Intake.Corpus.Model;
using Intake.Corpus.Rendering;
using Intake.Corpus.Scenarios;
using Intake.Corpus.Writers;
using SkiaSharp;

namespace Intake.Corpus.Planning;

/// <summary>
/// Renders the documents of one inbox file into the bytes of the requested file kind. A file goes through one device
/// (<see cref="ScannerProfile"/>): copier, desktop scanner, fax or phone; every image carries its resolution except
/// phone photos.
/// </summary>
public static class FileRenderer
{
    /// <param name="TurnedPage">Index of a page fed sideways or upside down (-1: none).</param>
    public sealed record Request(IReadOnlyList<Document> Documents, FileKind Kind, Random Rng, string? Stamp, int TurnedPage = -1);

    private sealed record Sheet(PageLayout Layout, Document Document, Page Page);

    private static readonly SKColor[] Accents =
        [new(20, 60, 140), new(0, 95, 80), new(150, 30, 40), new(70, 40, 120), new(25, 25, 25), new(0, 90, 150)];

    public static byte[] Render(Request req)
    {
        var rng = req.Rng;
        // The sending machine's number, if the file came by fax: the same on every page.
        string fax = $"+33 4 {rng.Next(10, 99)} {rng.Next(10, 99)} {rng.Next(10, 99)} {rng.Next(10, 99)}";
        var sheets = new List<Sheet>();
        foreach (var doc in req.Documents)
        {
            var layouts = SheetLayout.Lay(doc, rng);
            for (int i = 0; i < doc.Pages.Count; i++) sheets.Add(new Sheet(layouts[i], doc, doc.Pages[i]));
        }

        switch (req.Kind)
        {
            case FileKind.TextPdf:
                return PdfWriters.Write(sheets.Select(s => (PdfPageContent)new TextPage(s.Layout)).ToList());
            case FileKind.AcroFormPdf:
                return AcroFormPdfWriter.Write(sheets.Select(s => s.Layout).ToList());
            case FileKind.ScannedPdf:
            {
                var device = ScannerProfile.ForPdf(rng);
                return PdfWriters.Write(sheets.Select((s, i) => Scanned(s, Settings(req, s, i, device, fax), device, rng)).ToList());
            }
            case FileKind.MixedPdf:
            {
                // A born-digital document with a scanned one (or a scanned last page, e.g. a signed annex).
                var device = ScannerProfile.ForPdf(rng);
                int firstDocPages = req.Documents[0].Pages.Count;
                bool several = req.Documents.Count > 1;
                return PdfWriters.Write(sheets.Select((s, i) =>
                {
                    bool scanned = several ? i >= firstDocPages : i == sheets.Count - 1;
                    return scanned ? Scanned(s, Settings(req, s, i, device, fax), device, rng) : new TextPage(s.Layout);
                }).ToList());
            }
            case FileKind.Tiff or FileKind.TiffG4:
            {
                var device = req.Kind == FileKind.TiffG4 ? ScannerProfile.ForBilevelTiff(rng) : ScannerProfile.ForTiff(rng);
                var rasters = sheets.Select((s, i) => PageRasterizer.Render(s.Layout, Settings(req, s, i, device, fax))).ToList();
                return ImageEncoding.Tiff(rasters, device.Tiff, device.Threshold);
            }
            case FileKind.Jpeg:
                return SingleJpeg(req, sheets.Single(), rng);
            case FileKind.Png:
                return SinglePng(req, sheets.Single(), rng);
            default:
                throw new ArgumentOutOfRangeException(nameof(req));
        }
    }

    /// <summary>A single JPEG: a phone photo of an identity card or of a sheet, or a flat scan.</summary>
    private static byte[] SingleJpeg(Request req, Sheet sheet, Random rng)
    {
        var device = ScannerProfile.ForJpeg(rng);
        var s = Settings(req, sheet, 0, device, "") with { Stamp = null };
        if (CardSide(sheet) is { } card)
        {
            if (rng.Next(4) != 0)
                return ImageEncoding.Jpeg(PhonePhoto.Take(sheet.Layout, card, s, PhonePhoto.Frame(rng, sheet: false), rng), rng.Next(72, 93));
            return ImageEncoding.Jpeg(CardScan(sheet.Layout, card, s, rng), rng.Next(device.QualityMin, device.QualityMax + 1));
        }
        if (rng.Next(5) == 0)
        {
            var full = (0.0, 0.0, sheet.Layout.Width, sheet.Layout.Height);
            return ImageEncoding.Jpeg(PhonePhoto.Take(sheet.Layout, full, s, PhonePhoto.Frame(rng, sheet: true), rng), rng.Next(78, 92));
        }
        s = s with { QuarterTurns = FlatTurn(rng), Stamp = req.Stamp };
        return ImageEncoding.Jpeg(PageRasterizer.Render(sheet.Layout, s), rng.Next(device.QualityMin, device.QualityMax + 1));
    }

    /// <summary>A single PNG: a flat scan of a whole sheet, or of an identity card alone.</summary>
    private static byte[] SinglePng(Request req, Sheet sheet, Random rng)
    {
        var device = ScannerProfile.ForPng(rng);
        var s = Settings(req, sheet, 0, device, "");
        if (CardSide(sheet) is { } card && rng.Next(2) == 0)
            return ImageEncoding.Png(CardScan(sheet.Layout, card, s with { Stamp = null, Noise = 0 }, rng));
        return ImageEncoding.Png(PageRasterizer.Render(sheet.Layout, s with { QuarterTurns = FlatTurn(rng) }));
    }

    /// <summary>The card of a page that shows one side of an identity paper (not a photocopy sheet), or null.</summary>
    private static (double X, double Y, double W, double H)? CardSide(Sheet sheet)
    {
        if (CardDesign.Of(sheet.Document.Template) is null || CardDesign.IsPhotocopy(sheet.Document.Template) || sheet.Page.IsBlank) return null;
        var card = sheet.Layout.Boxes.First(b => b.Kind == BoxKind.Card);
        return (card.X, card.Y, card.W, card.H);
    }

    /// <summary>A flat scan cropped to the card and a small margin, in the scanner's "photo" mode (300 dpi).</summary>
    private static Raster CardScan(PageLayout layout, (double X, double Y, double W, double H) card, ScanSettings s, Random rng)
    {
        double margin = 6 + rng.Next(0, 14);
        var crop = (card.X - margin, card.Y - margin, card.W + 2 * margin, card.H + 2 * margin);
        int dpi = rng.Next(3) == 0 ? 200 : 300;
        return PageRasterizer.Render(layout, s with { DpiX = dpi, DpiY = dpi, RowRepeat = 1, Skew = s.Skew / 2 }, crop);
    }

    /// <summary>Single flat scans are now and then saved turned: a quarter turn either way or upside down.</summary>
    private static int FlatTurn(Random rng) => rng.Next(10) switch { 0 => 1, 1 => 3, 2 => 2, _ => 0 };

    private static ScanSettings Settings(Request req, Sheet sheet, int index, ScannerProfile device, string faxNumber)
    {
        var rng = req.Rng;
        int count = req.Documents.Sum(d => d.Pages.Count);
        int turns = index != req.TurnedPage ? 0 : !device.Square ? 2 : rng.Next(4) switch { 0 => 1, 1 => 3, _ => 2 };
        var s = ScanSettings.Random(rng, device.DpiX, index == 0 ? req.Stamp : null, turns);
        var design = CardDesign.Of(sheet.Document.Template);
        int accent = StableSeed.Of(1, sheet.Document.Template) % Accents.Length;
        return s with
        {
            DpiY = device.DpiY,
            RowRepeat = device.RowRepeat,
            Colour = device.Colour,
            Noise = device.Bilevel ? device.Noise : device.Colour || device.Codec == ImageFormat.Png ? 0 : s.Noise,
            Blur = device.Bilevel && !device.Square ? 0 : s.Blur,
            Skew = device.Square ? s.Skew : s.Skew / 2,
            StampInk = device.Colour ? (rng.Next(2) == 0 ? new SKColor(185, 35, 45) : new SKColor(35, 60, 170)) : new SKColor(70, 70, 70),
            Accent = Accents[accent],
            CardTint = design?.Tint ?? s.CardTint,
            CardPattern = design?.Pattern ?? false,
            Photocopy = CardDesign.IsPhotocopy(sheet.Document.Template),
            FaxHeader = device.IsFax ? $"{faxNumber}   {FaxSender(req)}   P.{index + 1:000}/{count:000}" : null,
        };
    }

    private static string FaxSender(Request req) => req.Documents[0].Type switch
    {
        "courrier" => "SECRETARIAT",
        "document_medical" or "certificat_medical" => "SERVICE MEDICAL",
        _ => "FAX",
    };

    private static PdfPageContent Scanned(Sheet sheet, ScanSettings s, ScannerProfile device, Random rng)
    {
        var r = PageRasterizer.Render(sheet.Layout, s);
        bool landscape = s.QuarterTurns % 2 == 1;
        var (w, h) = landscape ? (LayoutEngine.A4Height, LayoutEngine.A4Width) : (LayoutEngine.A4Width, LayoutEngine.A4Height);
        var page = device.Codec switch
        {
            ImageFormat.Jpeg => new ImagePage(ImageEncoding.Jpeg(r, rng.Next(device.QualityMin, device.QualityMax + 1)), ImageFormat.Jpeg, r.Width, r.Height),
            ImageFormat.G4 => new ImagePage(ImageEncoding.G4(r, device.Threshold), ImageFormat.G4, r.Width, r.Height),
            _ => new ImagePage(ImageEncoding.Png(r), ImageFormat.Png, r.Width, r.Height),
        };
        return page with { WidthPoints = w, HeightPoints = h };
    }
}

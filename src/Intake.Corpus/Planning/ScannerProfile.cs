using Intake.Corpus.Writers;

namespace Intake.Corpus.Planning;

/// <summary>
/// One device and how it writes its images: resolution (fax machines have 204 × 98 or 204 × 196), colour, codec and
/// the JPEG quality range. All pages of a file come from one device.
/// </summary>
public sealed record ScannerProfile(string Name, int DpiX, int DpiY, ImageFormat Codec)
{
    public TiffCodec Tiff { get; init; } = TiffCodec.Deflate;
    public bool Colour { get; init; }
    /// <summary>Rows repeated after drawing (a 200 × 100 fax stretched to square pixels).</summary>
    public int RowRepeat { get; init; } = 1;
    public int QualityMin { get; init; } = 50;
    public int QualityMax { get; init; } = 75;
    /// <summary>Grey noise before thresholding or compression.</summary>
    public int Noise { get; init; }
    /// <summary>Grey level under which a bilevel pixel is black.</summary>
    public int Threshold { get; init; } = 150;

    public bool Bilevel => Codec == ImageFormat.G4;
    public bool IsFax => Name.StartsWith("fax", StringComparison.Ordinal);
    public bool Square => DpiX == DpiY;

    public static readonly ScannerProfile Grey200Jpeg = new("grey-200-jpeg", 200, 200, ImageFormat.Jpeg) { QualityMin = 35, QualityMax = 55 };
    public static readonly ScannerProfile Grey300Jpeg = new("grey-300-jpeg", 300, 300, ImageFormat.Jpeg) { QualityMin = 50, QualityMax = 72 };
    public static readonly ScannerProfile Grey150Jpeg = new("grey-150-jpeg", 150, 150, ImageFormat.Jpeg) { QualityMin = 45, QualityMax = 70 };
    public static readonly ScannerProfile Colour300Jpeg = new("colour-300-jpeg", 300, 300, ImageFormat.Jpeg) { Colour = true, QualityMin = 40, QualityMax = 62 };
    public static readonly ScannerProfile Colour200Jpeg = new("colour-200-jpeg", 200, 200, ImageFormat.Jpeg) { Colour = true, QualityMin = 60, QualityMax = 85 };
    /// <summary>Strong compression: blocky 8 × 8 artefacts around the letters.</summary>
    public static readonly ScannerProfile HardJpeg = new("grey-200-jpeg-strong", 200, 200, ImageFormat.Jpeg) { QualityMin = 10, QualityMax = 20 };
    public static readonly ScannerProfile HardJpeg150 = new("grey-150-jpeg-strong", 150, 150, ImageFormat.Jpeg) { QualityMin = 15, QualityMax = 28 };
    public static readonly ScannerProfile Bilevel300 = new("bilevel-300-g4", 300, 300, ImageFormat.G4) { Tiff = TiffCodec.G4, Noise = 8 };
    public static readonly ScannerProfile Bilevel200 = new("bilevel-200-g4", 200, 200, ImageFormat.G4) { Tiff = TiffCodec.G4, Noise = 8 };
    /// <summary>Fax, standard mode: 204 × 98 dpi, half the rows of a square scan.</summary>
    public static readonly ScannerProfile FaxStandard = new("fax-204x98", 204, 98, ImageFormat.G4) { Tiff = TiffCodec.G3, Noise = 6, Threshold = 145 };
    /// <summary>Fax, fine mode: 204 × 196 dpi.</summary>
    public static readonly ScannerProfile FaxFine = new("fax-204x196", 204, 196, ImageFormat.G4) { Tiff = TiffCodec.G3, Noise = 6 };
    /// <summary>A 200 × 100 fax whose rows were doubled to square pixels: 200 dpi declared, blocky letters.</summary>
    public static readonly ScannerProfile FaxStretched = new("fax-200x100-stretched", 200, 200, ImageFormat.G4) { Tiff = TiffCodec.G4, RowRepeat = 2, Noise = 6 };
    public static readonly ScannerProfile Grey150Png = new("grey-150-png", 150, 150, ImageFormat.Png);
    public static readonly ScannerProfile Grey200Png = new("grey-200-png", 200, 200, ImageFormat.Png);
    public static readonly ScannerProfile Grey300Png = new("grey-300-png", 300, 300, ImageFormat.Png);
    public static readonly ScannerProfile Grey200Deflate = new("grey-200-tiff", 200, 200, ImageFormat.Png) { Tiff = TiffCodec.Deflate };
    public static readonly ScannerProfile Grey300Deflate = new("grey-300-tiff", 300, 300, ImageFormat.Png) { Tiff = TiffCodec.Deflate };
    public static readonly ScannerProfile Grey150Lzw = new("grey-150-tiff-lzw", 150, 150, ImageFormat.Png) { Tiff = TiffCodec.Lzw };
    public static readonly ScannerProfile Grey200Lzw = new("grey-200-tiff-lzw", 200, 200, ImageFormat.Png) { Tiff = TiffCodec.Lzw };

    /// <summary>
    /// Devices behind image-only PDFs (copiers scanning to e-mail, fax servers). No lossless grey: PdfPig's writer
    /// stores PNG pages as RGB, three times their size.
    /// </summary>
    public static ScannerProfile ForPdf(Random rng) => Pick(rng,
        (3, Grey200Jpeg), (1, Grey300Jpeg), (2, Grey150Jpeg), (1, Colour300Jpeg), (1, HardJpeg),
        (2, Bilevel300), (2, Bilevel200), (1, FaxStandard), (1, FaxStretched));

    /// <summary>Devices behind grey or colour multi-page TIFFs.</summary>
    public static ScannerProfile ForTiff(Random rng) => Pick(rng, (2, Grey200Deflate), (1, Grey300Deflate), (1, Grey150Lzw), (1, Grey200Lzw));

    /// <summary>Devices behind bilevel TIFFs: copiers in black-and-white mode and fax machines.</summary>
    public static ScannerProfile ForBilevelTiff(Random rng) => Pick(rng, (2, Bilevel300), (1, Bilevel200), (1, FaxStandard), (1, FaxFine), (1, FaxStretched));

    /// <summary>Flat scans saved as single JPEG files.</summary>
    public static ScannerProfile ForJpeg(Random rng) => Pick(rng, (2, Grey200Jpeg with { QualityMin = 60, QualityMax = 80 }),
        (2, Colour300Jpeg with { QualityMin = 60, QualityMax = 80 }), (1, Colour200Jpeg), (1, HardJpeg150));

    /// <summary>Flat scans saved as single PNG files.</summary>
    public static ScannerProfile ForPng(Random rng) => Pick(rng, (2, Grey150Png), (1, Grey200Png), (1, Grey300Png));

    private static ScannerProfile Pick(Random rng, params (int Weight, ScannerProfile Profile)[] choices)
    {
        int roll = rng.Next(choices.Sum(c => c.Weight));
        foreach (var (weight, profile) in choices)
        {
            if (roll < weight) return profile;
            roll -= weight;
        }
        throw new InvalidOperationException("unreachable");
    }
}

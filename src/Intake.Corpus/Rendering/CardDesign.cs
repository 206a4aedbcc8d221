using SkiaSharp;

namespace Intake.Corpus.Rendering;

/// <summary>
/// The physical design of an identity paper: size, photo, tint and faces. Templates of identity documents are named
/// after a design ("piece_identite/cni-2021"); a template ending in <see cref="PhotocopySuffix"/> is a photocopy of
/// the card on an A4 sheet, front above back.
/// </summary>
public sealed record CardDesign(
    string Name, double WidthMm, double HeightMm, double PhotoWidthMm, double PhotoHeightMm,
    SKColor Tint, bool Pattern, FontKind Regular, FontKind Bold)
{
    public const string PhotocopySuffix = "/photocopie";

    /// <summary>French identity card 1995–2021: 105 × 74 mm laminated paper, 2-line MRZ of 36 characters on the front.</summary>
    public static readonly CardDesign Cni1995 = new("piece_identite/cni-1995", 105, 74, 25, 32, new SKColor(226, 233, 238), true, FontKind.Sans, FontKind.SansBold);
    /// <summary>French identity card since 2021: ID-1 format (85.6 × 54 mm), bilingual labels, 3-line TD1 MRZ on the back.</summary>
    public static readonly CardDesign Cni2021 = new("piece_identite/cni-2021", 85.6, 54, 22, 28, new SKColor(236, 226, 234), true, FontKind.ArialLike, FontKind.ArialLikeBold);
    /// <summary>Passport data page (ID-3, 125 × 88 mm), 2-line TD3 MRZ.</summary>
    public static readonly CardDesign Passport = new("piece_identite/passeport", 125, 88, 33, 43, new SKColor(238, 230, 238), true, FontKind.Sans, FontKind.SansBold);
    /// <summary>Residence permit (titre de séjour), ID-1 format, TD1 MRZ on the back.</summary>
    public static readonly CardDesign ResidencePermit = new("piece_identite/titre-sejour", 85.6, 54, 22, 28, new SKColor(226, 238, 230), true, FontKind.ArialLike, FontKind.ArialLikeBold);

    public static readonly IReadOnlyList<CardDesign> All = [Cni1995, Cni2021, Passport, ResidencePermit];

    public double WidthPoints => WidthMm / 25.4 * 72;
    public double HeightPoints => HeightMm / 25.4 * 72;

    /// <summary>The design a template is drawn with, or null for a template that is not an identity paper.</summary>
    public static CardDesign? Of(string template) =>
        All.FirstOrDefault(d => template == d.Name || template.StartsWith(d.Name + "/", StringComparison.Ordinal));

    public static bool IsPhotocopy(string template) => template.EndsWith(PhotocopySuffix, StringComparison.Ordinal);
}

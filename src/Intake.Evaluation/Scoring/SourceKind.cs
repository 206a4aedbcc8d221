using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// The source kind of a truth document, from the origin of its pages: born-digital when every page is
/// (text layer and/or AcroForm, no picture of the sheet), scanned when every page is a picture (OCR'd), mixed
/// otherwise; unknown when a page's origin is not known (a file that could not be read).
/// </summary>
public static class SourceKind
{
    public const string BornDigital = "born-digital";
    public const string Scanned = "scanned";
    public const string Mixed = "mixed";
    public const string Unknown = "unknown";

    /// <summary>The kinds in reading order (reports list them so, not alphabetically).</summary>
    public static readonly IReadOnlyList<string> All = [BornDigital, Scanned, Mixed, Unknown];

    public static string Of(string filePath, TruthDocument document, PageOrigins origins)
    {
        if (document.PageCount <= 0) return Unknown;
        bool bornDigital = false, scanned = false;
        for (int page = document.First; page <= document.Last; page++)
        {
            switch (origins.Of(filePath, page))
            {
                case PageOrigin.BornDigital: bornDigital = true; break;
                case PageOrigin.Scanned: scanned = true; break;
                default: return Unknown;
            }
        }
        return bornDigital && scanned ? Mixed : bornDigital ? BornDigital : Scanned;
    }
}

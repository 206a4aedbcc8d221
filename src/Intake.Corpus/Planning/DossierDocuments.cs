using Intake.Corpus.Content;
using Intake.Corpus.Model;
using Intake.Corpus.Scenarios;

namespace Intake.Corpus.Planning;

/// <summary>Turns the pieces of a dossier's mail plan into documents (content model + truth fields), one template drawn per piece.</summary>
public static class DossierDocuments
{
    /// <summary>Every template of a dossier's pieces except the claim form (whose editions have their own catalogue).</summary>
    public static readonly IReadOnlyList<DocumentTemplate> Templates =
        [.. MedicalDocuments.Templates, .. IdentityDocuments.Templates, .. AdminDocuments.Templates, .. Letters.Templates, .. ExpertReport.Templates];

    public static Document Build(DossierContext c, Piece piece, int day, FileKind kind, int reportPages)
    {
        if (piece == Piece.Cerfa)
        {
            bool typed = kind is FileKind.AcroFormPdf or FileKind.TextPdf;
            var edition = ClaimFormEdition.Draw(new Random(c.Rng.Next()), acroForm: kind == FileKind.AcroFormPdf);
            return ClaimForm.Build(c, edition, hand: !typed && c.Rng.Next(4) != 0, c.DatedBefore(day));
        }
        var request = new PieceRequest(c, piece, day, kind, reportPages);
        var candidates = Templates.Where(t => t.Applies(request)).ToList();
        if (candidates.Count == 0) throw new InvalidOperationException($"no template writes {piece} for dossier {c.Key}");
        // A single image file (photo, PNG scan) holds one page: draw again until the document has one.
        bool singleImage = kind is FileKind.Jpeg or FileKind.Png;
        for (int attempt = 0; attempt < 50; attempt++)
        {
            var doc = candidates[c.Rng.Next(candidates.Count)].Build(request);
            if (!singleImage || doc.Pages.Count == 1) return doc;
        }
        throw new InvalidOperationException($"no one-page {piece} for dossier {c.Key}");
    }
}

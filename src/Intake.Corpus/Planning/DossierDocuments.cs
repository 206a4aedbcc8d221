using Intake.Corpus.Content;
using Intake.Corpus.Model;
using Intake.Corpus.Scenarios;

namespace Intake.Corpus.Planning;

/// <summary>Turns the pieces of a dossier's mail plan into documents (content model + truth fields).</summary>
public static class DossierDocuments
{
    public static Document Build(DossierContext c, Piece piece, int day, FileKind kind, int reportPages)
    {
        var s = c.Scenario;
        switch (piece)
        {
            case Piece.CoverLetter: return Letters.Cover(c, c.DatedBefore(day));
            case Piece.Cerfa:
                bool typed = kind is FileKind.AcroFormPdf or FileKind.TextPdf;
                var edition = ClaimFormEdition.Draw(new Random(c.Rng.Next()), acroForm: kind == FileKind.AcroFormPdf);
                return ClaimForm.Build(c, edition, hand: !typed && c.Rng.Next(4) != 0, c.DatedBefore(day));
            case Piece.IdVictim: return IdentityDocuments.Build(c.Victim, c, passport: c.Chance(0.3), c.Key);
            case Piece.IdFiler: return IdentityDocuments.Build(c.Claimant, c, passport: c.Chance(0.3), c.Key);
            case Piece.Certificat: return MedicalDocuments.Certificate(c, c.DatedBefore(day, 10, 60));
            case Piece.DocMedical: return MedicalDocuments.Record(c, s.ActDate.AddDays(c.Rng.Next(0, 10)));
            case Piece.Attestation: return AdminDocuments.Attestation(c, c.DatedBefore(day, 5, 30));
            case Piece.ArretTravail: return AdminDocuments.SickLeave(c, s.FormArret);
            case Piece.ActeDeces: return AdminDocuments.DeathCertificate(c, s.DeathDate ?? throw new InvalidOperationException("no death date"));
            case Piece.Lien: return AdminDocuments.FamilyLink(c, heirship: s.Situation == VictimSituation.Deceased, c.DatedBefore(day, 20, 200));
            case Piece.Jugement: return AdminDocuments.Guardianship(c, new DateOnly(2016 + c.Rng.Next(6), c.Rng.Next(1, 13), c.Rng.Next(1, 28)));
            case Piece.Report: return ExpertReport.Build(c, s.Report ?? throw new InvalidOperationException("no report facts"), c.DatedBefore(day, 6, 25), reportPages);
            case Piece.InsurerLetter: return Letters.InsurerReply(c, s.Insurer, c.DatedBefore(day));
            default: throw new ArgumentOutOfRangeException(nameof(piece));
        }
    }
}

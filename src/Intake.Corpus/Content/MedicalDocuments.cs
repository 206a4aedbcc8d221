using Intake.Corpus.Content.Medical;
using Intake.Corpus.Scenarios;

namespace Intake.Corpus.Content;

/// <summary>Medical certificates and other medical records: the templates and when they apply.</summary>
public static class MedicalDocuments
{
    private static DateOnly CertificateDate(PieceRequest r) => r.C.DatedBefore(r.Day, 10, 60);
    private static DateOnly RecordDate(PieceRequest r) => r.C.Scenario.ActDate.AddDays(r.C.Rng.Next(0, 10));

    public static readonly IReadOnlyList<DocumentTemplate> Templates =
    [
        new("certificat_medical/initial-descriptif", [Piece.Certificat], r => Certificates.Initial(r.C, CertificateDate(r))),
        new("certificat_medical/lesions", [Piece.Certificat], r => Certificates.Injuries(r.C, CertificateDate(r))),
        new("certificat_medical/consolidation", [Piece.Certificat], r => Certificates.Consolidation(r.C, CertificateDate(r)),
            r => r.C.Scenario.FormConsolide == true && r.C.Scenario.FormConsolidation is { } d && d < r.C.MailDays[r.Day].AddDays(-60)),
        new("certificat_medical/formulaire-hospitalier", [Piece.Certificat], r => Certificates.HospitalForm(r.C, CertificateDate(r))),
        new("document_medical/compte-rendu-operatoire", [Piece.DocMedical], r => Records.OperationReport(r.C, RecordDate(r))),
        new("document_medical/compte-rendu-hospitalisation", [Piece.DocMedical], r => Records.HospitalReport(r.C, RecordDate(r))),
        new("document_medical/lettre-de-sortie", [Piece.DocMedical], r => Records.DischargeLetter(r.C, RecordDate(r))),
        new("document_medical/imagerie", [Piece.DocMedical], r => Records.Imaging(r.C, RecordDate(r))),
        new("document_medical/biologie", [Piece.DocMedical], r => Records.LabResults(r.C, RecordDate(r))),
        new("document_medical/ordonnance", [Piece.DocMedical], r => Records.Prescription(r.C, RecordDate(r))),
        new("document_medical/consultation", [Piece.DocMedical], r => Records.Consultation(r.C, RecordDate(r))),
        new("document_medical/passage-urgences", [Piece.DocMedical], r => Records.EmergencyVisit(r.C, RecordDate(r))),
    ];
}

namespace Intake.Domain.Documents;

/// <summary>The document type codes of shared/domain/document-types.md.</summary>
public static class DocumentType
{
    public const string DemandeIndemnisation = "demande_indemnisation";
    public const string RapportExpertise = "rapport_expertise";
    public const string CertificatMedical = "certificat_medical";
    public const string DocumentMedical = "document_medical";
    public const string PieceIdentite = "piece_identite";
    public const string AttestationSecuriteSociale = "attestation_securite_sociale";
    public const string ArretTravail = "arret_travail";
    public const string ActeDeces = "acte_deces";
    public const string JustificatifLien = "justificatif_lien";
    public const string JugementProtection = "jugement_protection";
    public const string Courrier = "courrier";
    public const string JustificatifFrais = "justificatif_frais";
    public const string Autre = "autre";

    public static readonly IReadOnlyList<string> All =
    [
        DemandeIndemnisation, RapportExpertise, CertificatMedical, DocumentMedical, PieceIdentite,
        AttestationSecuriteSociale, ArretTravail, ActeDeces, JustificatifLien, JugementProtection,
        Courrier, JustificatifFrais, Autre,
    ];

    public static bool IsKnown(string code) => All.Contains(code);
}

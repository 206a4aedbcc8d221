namespace Intake.Domain.Documents;

/// <summary>One document type: its code (what the classifier assigns) and its French label.</summary>
public sealed record DocumentTypeDefinition(string Code, string Label);

/// <summary>The document type catalogue of docs/document-types.md: codes and French labels.</summary>
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

    /// <summary>Every type, in the order of docs/document-types.md.</summary>
    public static readonly IReadOnlyList<DocumentTypeDefinition> Definitions =
    [
        new(DemandeIndemnisation, "Demande d'indemnisation (cerfa)"),
        new(RapportExpertise, "Rapport d'expertise"),
        new(CertificatMedical, "Certificat médical"),
        new(DocumentMedical, "Document médical"),
        new(PieceIdentite, "Pièce d'identité"),
        new(AttestationSecuriteSociale, "Attestation de sécurité sociale"),
        new(ArretTravail, "Arrêt de travail"),
        new(ActeDeces, "Acte de décès"),
        new(JustificatifLien, "Justificatif de lien"),
        new(JugementProtection, "Jugement de protection"),
        new(Courrier, "Courrier"),
        new(JustificatifFrais, "Justificatif de frais"),
        new(Autre, "Autre"),
    ];

    public static readonly IReadOnlyList<string> All = Definitions.Select(d => d.Code).ToList();

    private static readonly Dictionary<string, DocumentTypeDefinition> ByCode = Definitions.ToDictionary(d => d.Code, StringComparer.Ordinal);

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);

    /// <summary>The French label of a type; the code itself for an unknown type.</summary>
    public static string Label(string code) => ByCode.GetValueOrDefault(code)?.Label ?? code;
}

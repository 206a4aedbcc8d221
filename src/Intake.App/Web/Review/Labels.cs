namespace Intake.App.Web.Review;

/// <summary>French labels of the codes the rules engine and the schema use (what a reviewer reads).</summary>
public static class Labels
{
    public static string Flag(string code) => code switch
    {
        "PRESCRIPTION_LIKELY" => "Prescription probable",
        "BORDERLINE_GRAVITY" => "Gravité à la limite du seuil",
        "EXCEPTIONAL_GROUND_TO_CONFIRM" => "Motif exceptionnel à confirmer",
        "GRAVITY_UNKNOWN" => "Gravité inconnue",
        "NOT_CONSOLIDATED" => "Non consolidé",
        "ACT_BEFORE_2001_09_05" => "Acte antérieur au 5 septembre 2001",
        "STANDING_MISMATCH" => "Qualité du demandeur à vérifier",
        "PARALLEL_PROCEEDINGS" => "Procédure judiciaire parallèle",
        "GUARANTEE_FUND" => "Fonds de garantie",
        "ONIAM_SUBSTITUTION_POSSIBLE" => "Substitution ONIAM possible",
        "NIR_INVALID" => "N° de sécurité sociale invalide",
        "SCHEME_VALPROATE" => "Dispositif valproate",
        "SCHEME_ONIAM_DIRECT" => "Dispositif ONIAM direct",
        "LOW_CONFIDENCE_INPUT" => "Donnée peu fiable",
        "COMPLETE_DATE_TO_CONFIRM" => "Date de complétude à confirmer",
        _ => code,
    };

    public static readonly IReadOnlyList<string> QueueFlags =
    [
        "PRESCRIPTION_LIKELY", "GRAVITY_UNKNOWN", "BORDERLINE_GRAVITY", "EXCEPTIONAL_GROUND_TO_CONFIRM", "STANDING_MISMATCH",
        "NIR_INVALID", "LOW_CONFIDENCE_INPUT", "PARALLEL_PROCEEDINGS", "ACT_BEFORE_2001_09_05", "SCHEME_VALPROATE", "SCHEME_ONIAM_DIRECT",
    ];

    public static string DossierStatus(string s) => s switch
    {
        "a_revoir" => "À revoir",
        "en_attente_pieces" => "En attente de pièces",
        "confirme" => "Confirmé",
        _ => s,
    };

    public static readonly IReadOnlyList<string> DossierStatuses = ["a_revoir", "en_attente_pieces", "confirme"];

    public static string ReviewStatus(string s) => s switch
    {
        "pending" => "À examiner",
        "confirmed" => "Orientation confirmée",
        "overridden" => "Orientation modifiée",
        _ => s,
    };

    public static string Procedure(string? p) => p switch
    {
        null or "" => "aucune proposition",
        "reglement_amiable" => "règlement amiable",
        "conciliation" => "conciliation",
        _ => p,
    };

    public static readonly IReadOnlyList<string> Procedures = ["reglement_amiable", "conciliation"];

    public static string Payer(string? p) => p switch
    {
        null or "" => "non déterminé",
        "assureur" => "assureur",
        "oniam" => "ONIAM",
        "fonds_garantie" => "fonds de garantie",
        _ => p,
    };

    public static readonly IReadOnlyList<string> Payers = ["assureur", "oniam", "fonds_garantie"];

    public static string Gravity(string? g) => g switch
    {
        "grave" => "seuil de gravité atteint",
        "not_grave" => "sous le seuil de gravité",
        "unknown" or null => "gravité inconnue",
        _ => g,
    };

    public static string RuleOutcome(string o) => o switch
    {
        "met" => "atteint",
        "not_met" => "non atteint",
        "unknown" => "inconnu",
        "flagged" => "signalé",
        "applied" => "appliqué",
        "not_applicable" => "sans objet",
        _ => o.Replace('_', ' '),
    };

    public static string Severity(string s) => s == "blocking" ? "bloquant" : "à demander";

    public static string Task(string code) => code switch
    {
        "NOTIFY_CAISSE" => "Informer la caisse",
        "SIGNAL_ARS" => "Signalement à l'ARS",
        _ => code,
    };

    public static string DocumentType(string t) => t switch
    {
        "demande_indemnisation" => "Demande d'indemnisation (cerfa)",
        "rapport_expertise" => "Rapport d'expertise",
        "certificat_medical" => "Certificat médical",
        "document_medical" => "Document médical",
        "piece_identite" => "Pièce d'identité",
        "piece_identite_demandeur" => "Pièce d'identité du demandeur",
        "attestation_securite_sociale" => "Attestation de sécurité sociale",
        "arret_travail" => "Arrêt de travail",
        "acte_deces" => "Acte de décès",
        "justificatif_lien" => "Justificatif de lien",
        "jugement_protection" => "Jugement de protection",
        "courrier" => "Courrier",
        "justificatif_frais" => "Justificatif de frais",
        "caisse_affiliation" => "Caisse d'affiliation",
        "autre" => "Autre",
        _ => t,
    };

    public static string Attachment(string a) => a switch
    {
        "pending" => "en attente",
        "opened" => "a ouvert le dossier",
        "matched" => "rattaché automatiquement",
        "unattached" => "non rattaché",
        "possible_duplicate" => "doublon possible",
        "manual" => "rattaché manuellement",
        _ => a,
    };

    /// <summary>Confidence below which an extracted value must stand out: the field review threshold.</summary>
    public const double LowConfidence = Domain.Fields.ReviewThreshold.Field;
}

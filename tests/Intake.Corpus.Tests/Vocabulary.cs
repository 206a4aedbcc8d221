namespace Intake.Corpus.Tests;

/// <summary>Codes and keys of shared/domain (fields.md, document-types.md, rules.md), written out for the tests.</summary>
internal static class Vocabulary
{
    public static readonly HashSet<string> FieldKeys =
    [
        "victime.nom", "victime.nom_naissance", "victime.prenoms", "victime.sexe", "victime.date_naissance", "victime.lieu_naissance",
        "victime.adresse", "victime.code_postal", "victime.commune", "victime.telephone", "victime.courriel", "victime.nir",
        "victime.caisse", "victime.decedee", "victime.date_deces", "demandeur.qualite", "demandeur.nom", "demandeur.prenoms",
        "demandeur.adresse", "demandeur.lien", "avocat.nom", "avocat.adresse", "faits.date_acte", "faits.etablissement",
        "faits.etablissement_commune", "faits.etablissement_code_postal", "faits.professionnel", "faits.professionnel_liberal",
        "faits.type_dommage", "faits.description", "prejudice.consolide", "prejudice.date_consolidation", "prejudice.aipp",
        "prejudice.arret_travail", "prejudice.arret_periodes", "prejudice.inaptitude_definitive", "prejudice.troubles_graves",
        "procedures.action_en_justice", "procedures.juridiction", "procedures.valproate", "signature.lieu", "signature.date",
        "signature.presente",
        "expertise.date", "expertise.expert", "expertise.numero_dossier", "expertise.consolide", "expertise.date_consolidation",
        "expertise.aipp", "expertise.dft_periodes", "expertise.atap_periodes", "expertise.inaptitude_definitive", "expertise.deces",
        "expertise.infection_nosocomiale", "expertise.faute", "expertise.faute_auteur", "expertise.alea",
        "expertise.souffrances_endurees", "expertise.prejudice_esthetique",
        "victime.protegee", "assurance.absente", "assurance.refus", "assurance.couverture_expiree", "assurance.plafond_depasse",
        "scheme.autre",
        "certificat.date", "certificat.medecin", "identite.nom", "identite.prenoms", "identite.date_naissance", "identite.type",
        "arret.periodes", "deces.date", "protection.mesure", "protection.date", "protection.protecteur_nom",
        "courrier.date", "courrier.expediteur",
    ];

    public static readonly HashSet<string> DateKeys =
    [
        "victime.date_naissance", "victime.date_deces", "faits.date_acte", "prejudice.date_consolidation", "signature.date",
        "expertise.date", "expertise.date_consolidation", "certificat.date", "identite.date_naissance", "deces.date",
        "protection.date", "courrier.date",
    ];

    public static readonly HashSet<string> PeriodKeys = ["prejudice.arret_periodes", "expertise.dft_periodes", "expertise.atap_periodes", "arret.periodes"];

    public static readonly HashSet<string> BoolKeys =
    [
        "victime.decedee", "faits.professionnel_liberal", "prejudice.consolide", "prejudice.arret_travail",
        "prejudice.inaptitude_definitive", "prejudice.troubles_graves", "procedures.action_en_justice", "procedures.valproate",
        "signature.presente", "expertise.consolide", "expertise.inaptitude_definitive", "expertise.deces",
        "expertise.infection_nosocomiale", "expertise.faute", "expertise.alea", "victime.protegee", "assurance.absente",
        "assurance.refus", "assurance.couverture_expiree", "assurance.plafond_depasse",
    ];

    public static readonly HashSet<string> IntKeys = ["prejudice.aipp", "expertise.aipp"];

    public static readonly HashSet<string> Flags =
    [
        "BORDERLINE_GRAVITY", "EXCEPTIONAL_GROUND_TO_CONFIRM", "GRAVITY_UNKNOWN", "PRESCRIPTION_LIKELY", "NOT_CONSOLIDATED",
        "ACT_BEFORE_2001_09_05", "STANDING_MISMATCH", "PARALLEL_PROCEEDINGS", "GUARANTEE_FUND", "ONIAM_SUBSTITUTION_POSSIBLE",
        "NIR_INVALID", "SCHEME_VALPROATE", "SCHEME_ONIAM_DIRECT",
    ];

    public static readonly HashSet<string> Tasks = ["NOTIFY_CAISSE", "SIGNAL_ARS"];

    public static readonly HashSet<string> Grounds = ["R-GRAV-AIPP", "R-GRAV-ATAP", "R-GRAV-DFT", "R-GRAV-INAPT", "R-GRAV-TROUBLES"];

    public static readonly HashSet<string> MissingItems =
    [
        "demande_indemnisation", "piece_identite", "certificat_medical", "document_medical", "attestation_securite_sociale",
        "arret_travail", "acte_deces", "justificatif_lien", "jugement_protection", "piece_identite_demandeur",
        "caisse_affiliation", "signature.presente", "victime.nom", "victime.prenoms", "victime.date_naissance",
        "faits.date_acte", "signature.date", "victime.adresse", "victime.nir", "faits.type_dommage", "faits.description",
        "faits.etablissement",
    ];
}

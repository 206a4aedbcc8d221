namespace Intake.Extraction.Common;

/// <summary>
/// Canonical field keys as constants for the extractors. The list itself is Intake.Domain's FactCatalog
/// (docs/fields.md): FieldKeysTests fails when a constant is not a catalogue key or a catalogue key has no constant.
/// </summary>
public static class FieldKeys
{
    public const string VictimeNom = "victime.nom";
    public const string VictimeNomNaissance = "victime.nom_naissance";
    public const string VictimePrenoms = "victime.prenoms";
    public const string VictimeSexe = "victime.sexe";
    public const string VictimeDateNaissance = "victime.date_naissance";
    public const string VictimeLieuNaissance = "victime.lieu_naissance";
    public const string VictimeAdresse = "victime.adresse";
    public const string VictimeCodePostal = "victime.code_postal";
    public const string VictimeCommune = "victime.commune";
    public const string VictimeTelephone = "victime.telephone";
    public const string VictimeCourriel = "victime.courriel";
    public const string VictimeNir = "victime.nir";
    public const string VictimeCaisse = "victime.caisse";
    public const string VictimeDecedee = "victime.decedee";
    public const string VictimeDateDeces = "victime.date_deces";
    public const string VictimeProtegee = "victime.protegee";
    public const string DemandeurQualite = "demandeur.qualite";
    public const string DemandeurNom = "demandeur.nom";
    public const string DemandeurPrenoms = "demandeur.prenoms";
    public const string DemandeurAdresse = "demandeur.adresse";
    public const string DemandeurLien = "demandeur.lien";
    public const string AvocatNom = "avocat.nom";
    public const string AvocatAdresse = "avocat.adresse";
    public const string FaitsDateActe = "faits.date_acte";
    public const string FaitsEtablissement = "faits.etablissement";
    public const string FaitsEtablissementCommune = "faits.etablissement_commune";
    public const string FaitsEtablissementCodePostal = "faits.etablissement_code_postal";
    public const string FaitsProfessionnel = "faits.professionnel";
    public const string FaitsProfessionnelLiberal = "faits.professionnel_liberal";
    public const string FaitsTypeDommage = "faits.type_dommage";
    public const string FaitsDescription = "faits.description";
    public const string PrejudiceConsolide = "prejudice.consolide";
    public const string PrejudiceDateConsolidation = "prejudice.date_consolidation";
    public const string PrejudiceAipp = "prejudice.aipp";
    public const string PrejudiceArretTravail = "prejudice.arret_travail";
    public const string PrejudiceArretPeriodes = "prejudice.arret_periodes";
    public const string PrejudiceInaptitude = "prejudice.inaptitude_definitive";
    public const string PrejudiceTroublesGraves = "prejudice.troubles_graves";
    public const string ProceduresAction = "procedures.action_en_justice";
    public const string ProceduresJuridiction = "procedures.juridiction";
    public const string ProceduresValproate = "procedures.valproate";
    public const string SignatureLieu = "signature.lieu";
    public const string SignatureDate = "signature.date";
    public const string SignaturePresente = "signature.presente";

    public const string ExpertiseDate = "expertise.date";
    public const string ExpertiseExpert = "expertise.expert";
    public const string ExpertiseNumeroDossier = "expertise.numero_dossier";
    public const string ExpertiseConsolide = "expertise.consolide";
    public const string ExpertiseDateConsolidation = "expertise.date_consolidation";
    public const string ExpertiseAipp = "expertise.aipp";
    public const string ExpertiseDftPeriodes = "expertise.dft_periodes";
    public const string ExpertiseAtapPeriodes = "expertise.atap_periodes";
    public const string ExpertiseInaptitude = "expertise.inaptitude_definitive";
    public const string ExpertiseDeces = "expertise.deces";
    public const string ExpertiseNosocomiale = "expertise.infection_nosocomiale";
    public const string ExpertiseFaute = "expertise.faute";
    public const string ExpertiseFauteAuteur = "expertise.faute_auteur";
    public const string ExpertiseAlea = "expertise.alea";
    public const string ExpertiseSouffrances = "expertise.souffrances_endurees";
    public const string ExpertiseEsthetique = "expertise.prejudice_esthetique";

    public const string IdentiteType = "identite.type";
    public const string IdentiteNom = "identite.nom";
    public const string IdentitePrenoms = "identite.prenoms";
    public const string IdentiteDateNaissance = "identite.date_naissance";
    public const string CertificatDate = "certificat.date";
    public const string CertificatMedecin = "certificat.medecin";
    public const string ArretPeriodes = "arret.periodes";
    public const string DecesDate = "deces.date";
    public const string ProtectionMesure = "protection.mesure";
    public const string ProtectionDate = "protection.date";
    public const string ProtectionProtecteurNom = "protection.protecteur_nom";
    public const string CourrierDate = "courrier.date";
    public const string CourrierExpediteur = "courrier.expediteur";
    public const string CourrierNumeroDossier = "courrier.numero_dossier";
    public const string AssuranceAbsente = "assurance.absente";
    public const string AssuranceRefus = "assurance.refus";
    public const string AssuranceCouvertureExpiree = "assurance.couverture_expiree";
    public const string AssurancePlafondDepasse = "assurance.plafond_depasse";
    public const string SchemeAutre = "scheme.autre";
}

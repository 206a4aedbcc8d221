using Intake.Extraction.Layout;

namespace Intake.Extraction.Cerfa;

/// <summary>The labels printed on the cerfa n°12245 claim form, with wording variants seen across editions.</summary>
public static class CerfaLabels
{
    public static readonly IReadOnlyList<LabelDef> All =
    [
        new("nom_usage", "Nom d'usage", "Nom marital", "Nom d'épouse"),
        new("nom_naissance", "Nom de naissance", "Nom de famille", "Nom patronymique"),
        new("nom", "Nom", "Nom et prénom", "Nom du cabinet"),
        new("prenoms", "Prénom(s)", "Prénoms", "Prénom"),
        new("sexe", "Sexe"),
        new("date_naissance", "Date de naissance", "Né(e) le", "Née le", "Né le"),
        new("lieu_naissance", "Lieu de naissance", "Né(e) à", "Commune de naissance"),
        new("adresse", "Adresse", "Adresse postale", "Domicile", "N° et rue", "Numéro et voie", "Adresse du cabinet"),
        new("code_postal", "Code postal", "CP"),
        new("commune", "Commune", "Ville", "Localité"),
        new("telephone", "Téléphone", "Tél", "N° de téléphone", "Portable"),
        new("courriel", "Courriel", "Adresse électronique", "E-mail", "Email", "Mél", "Adresse mail"),
        new("nir", "N° de sécurité sociale", "Numéro de sécurité sociale", "N° de sécu", "NIR", "N° d'immatriculation", "Numéro d'immatriculation"),
        new("caisse", "Organisme d'assurance maladie (caisse)", "Organisme d'assurance maladie", "Caisse d'assurance maladie",
            "Caisse de rattachement", "Caisse primaire", "Caisse"),
        new("decedee", "La victime est-elle décédée", "La victime est décédée", "Victime décédée", "Décès de la victime", "Décédée", "Décédé"),
        new("date_deces", "Date du décès", "Date de décès", "Décédée le", "Décédé le"),
        new("qualite", "Qualité", "Vous agissez en qualité de", "En qualité de", "Qualité du demandeur"),
        new("lien", "Lien avec la victime", "Lien de parenté avec la victime", "Lien de parenté"),
        new("date_acte", "Date de l'acte (prévention, diagnostic ou soins)", "Date de l'acte", "Date des faits", "Date de l'intervention", "Date des soins"),
        new("etablissement", "Établissement de santé concerné", "Établissement de santé", "Établissement concerné", "Établissement"),
        new("etab_commune", "Commune de l'établissement", "Ville de l'établissement"),
        new("etab_cp", "Code postal de l'établissement"),
        new("professionnel", "Professionnel(s) de santé concerné(s)", "Professionnels de santé concernés", "Professionnel de santé concerné",
            "Professionnel de santé", "Praticien(s) concerné(s)", "Praticien concerné"),
        new("liberal", "Exercice libéral", "Exerçant à titre libéral", "Exercice en libéral"),
        new("type_dommage", "Le dommage résulte", "Le dommage résulte de", "Nature du dommage", "Origine du dommage"),
        new("description", "Description des faits et du dommage", "Description des faits et des dommages", "Description des faits",
            "Description du dommage", "Exposé des faits"),
        new("consolide", "Votre état est-il consolidé", "Votre état de santé est-il consolidé", "État consolidé"),
        new("date_consolidation", "Date de consolidation", "Date de la consolidation", "Consolidé le"),
        new("aipp", "Taux d'atteinte permanente (AIPP) s'il est connu", "Taux d'atteinte permanente (AIPP)", "Taux d'atteinte permanente",
            "Taux d'AIPP", "AIPP", "Taux de déficit fonctionnel permanent"),
        new("arret_travail", "Arrêt de travail", "Arrêts de travail", "Avez-vous eu un arrêt de travail"),
        new("arret_periodes", "Périodes d'arrêt", "Période(s) d'arrêt", "Périodes d'arrêt de travail", "Période d'arrêt"),
        new("inaptitude", "Inaptitude définitive à exercer votre activité professionnelle", "Inaptitude définitive à exercer",
            "Inaptitude définitive"),
        new("troubles", "Troubles particulièrement graves dans vos conditions d'existence", "Troubles particulièrement graves",
            "Troubles graves dans les conditions d'existence"),
        new("action", "Une action en justice est-elle en cours ou envisagée", "Une action en justice est-elle en cours",
            "Action en justice", "Procédure judiciaire en cours"),
        new("juridiction", "Juridiction saisie", "Juridiction", "Tribunal saisi"),
        new("valproate", "Le dommage est-il lié à une exposition au valproate de sodium", "Exposition au valproate de sodium",
            "valproate de sodium", "valproate"),
        new("fait_a", "Fait à", "Fait a"),
        new("date_signature", "Date de signature", "Fait le", "Date"),
        new("signature", "Signature du demandeur", "Signature de la victime ou de son représentant", "Signature"),
    ];
}

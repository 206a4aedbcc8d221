namespace Intake.Corpus.Content;

/// <summary>
/// The wordings an edition of the cerfa n°12245*03 may print: for every truth key the label variants (the first is
/// the fields.md label), the section names, and the option words. One list per thing; editions pick by index.
/// </summary>
public static class ClaimFormWording
{
    private static readonly Dictionary<string, string[]> Labels = new()
    {
        ["victime.nom"] = ["Nom d'usage", "Nom", "Nom marital ou d'usage", "Nom d'usage (ou nom marital)"],
        ["victime.nom_naissance"] = ["Nom de naissance", "Nom de famille", "Nom patronymique", "Nom de naissance (si différent)"],
        ["victime.prenoms"] = ["Prénom(s)", "Prénoms", "Prénom(s) dans l'ordre de l'état civil"],
        ["victime.sexe"] = ["Sexe", "Sexe de la victime"],
        ["victime.date_naissance"] = ["Date de naissance", "Né(e) le", "Date de naissance (jj/mm/aaaa)"],
        ["victime.lieu_naissance"] = ["Lieu de naissance", "Né(e) à", "Commune de naissance", "Lieu de naissance (commune)"],
        ["victime.adresse"] = ["Adresse", "Adresse postale", "N° et voie", "Domicile", "Adresse (numéro et rue)"],
        ["victime.code_postal"] = ["Code postal", "CP"],
        ["victime.commune"] = ["Commune", "Ville", "Localité"],
        ["victime.telephone"] = ["Téléphone", "Tél.", "N° de téléphone", "Téléphone (fixe ou portable)"],
        ["victime.courriel"] = ["Courriel", "Adresse électronique", "Adresse mail", "E-mail", "Mél"],
        ["victime.nir"] = ["N° de sécurité sociale", "N° d'immatriculation", "Numéro de sécurité sociale (NIR)",
            "N° d'immatriculation à la sécurité sociale"],
        ["victime.caisse"] = ["Organisme d'assurance maladie (caisse)", "Caisse d'assurance maladie", "Caisse de rattachement",
            "Organisme d'assurance maladie"],
        ["victime.decedee"] = ["La victime est-elle décédée ?", "La victime est décédée", "Victime décédée"],
        ["victime.date_deces"] = ["Date du décès", "Date de décès", "Si oui, date du décès"],
        ["demandeur.qualite"] = ["Qualité", "Vous agissez en qualité de", "Qualité du demandeur"],
        ["demandeur.nom"] = ["Nom", "Nom du demandeur", "Nom d'usage"],
        ["demandeur.prenoms"] = ["Prénom(s)", "Prénoms", "Prénom(s) du demandeur"],
        ["demandeur.adresse"] = ["Adresse", "Adresse postale", "Adresse complète"],
        ["demandeur.lien"] = ["Lien avec la victime", "Lien de parenté avec la victime", "Lien avec la victime (parent, conjoint, enfant…)"],
        ["avocat.nom"] = ["Nom", "Nom de l'avocat", "Nom et prénom de l'avocat"],
        ["avocat.adresse"] = ["Adresse", "Adresse du cabinet", "Adresse professionnelle"],
        ["faits.date_acte"] = ["Date de l'acte (prévention, diagnostic ou soins)", "Date de l'acte", "Date des faits",
            "Date de l'acte médical en cause"],
        ["faits.etablissement"] = ["Établissement de santé concerné", "Établissement de santé", "Nom de l'établissement",
            "Établissement(s) de santé mis en cause"],
        ["faits.etablissement_commune"] = ["Commune de l'établissement", "Ville de l'établissement", "Commune"],
        ["faits.etablissement_code_postal"] = ["Code postal de l'établissement", "Code postal", "CP de l'établissement"],
        ["faits.professionnel"] = ["Professionnel(s) de santé concerné(s)", "Professionnel de santé concerné", "Praticien(s) mis en cause",
            "Nom du ou des professionnels de santé"],
        ["faits.professionnel_liberal"] = ["Exercice libéral", "Le professionnel exerce-t-il à titre libéral ?", "Exercice en libéral"],
        ["faits.type_dommage"] = ["Le dommage résulte", "Le dommage résulte de", "Nature du dommage", "Selon vous, le dommage résulte"],
        ["faits.description"] = ["Description des faits et du dommage", "Décrivez les faits et le dommage subi", "Exposé des faits",
            "Description des faits et des dommages"],
        ["prejudice.consolide"] = ["Votre état est-il consolidé ?", "État consolidé", "Votre état de santé est-il consolidé ?",
            "L'état de la victime est-il consolidé ?"],
        ["prejudice.date_consolidation"] = ["Date de consolidation", "Si oui, date de consolidation", "Date de la consolidation"],
        ["prejudice.aipp"] = ["Taux d'atteinte permanente (AIPP) s'il est connu", "Taux d'AIPP", "AIPP (si connu)",
            "Taux d'atteinte permanente à l'intégrité physique ou psychique (AIPP)"],
        ["prejudice.arret_travail"] = ["Arrêt de travail", "Avez-vous eu un arrêt de travail ?", "Arrêt(s) de travail"],
        ["prejudice.arret_periodes"] = ["Périodes d'arrêt", "Période(s) d'arrêt", "Si oui, périodes", "Dates des arrêts de travail"],
        ["prejudice.inaptitude_definitive"] = ["Inaptitude définitive à exercer votre activité professionnelle", "Inaptitude définitive",
            "Inaptitude définitive à exercer l'activité professionnelle antérieure"],
        ["prejudice.troubles_graves"] = ["Troubles particulièrement graves dans vos conditions d'existence",
            "Troubles graves dans les conditions d'existence",
            "Troubles particulièrement graves, y compris d'ordre économique, dans les conditions d'existence"],
        ["procedures.action_en_justice"] = ["Une action en justice est-elle en cours ou envisagée ?", "Action en justice en cours ou envisagée",
            "Avez-vous engagé une action en justice ?"],
        ["procedures.juridiction"] = ["Juridiction saisie", "Si oui, juridiction saisie", "Tribunal saisi"],
        ["procedures.valproate"] = ["Le dommage est-il lié à une exposition au valproate de sodium ?",
            "Exposition au valproate de sodium (Dépakine)", "Dommage lié au valproate de sodium"],
        ["signature.lieu"] = ["Fait à", "Fait à (lieu)"],
        ["signature.date"] = ["le", "Le", "Date"],
        ["signature.presente"] = ["Signature", "Signature du demandeur", "Signature de la victime ou de son représentant"],
    };

    /// <summary>Keys that have wording variants.</summary>
    public static IEnumerable<string> Keys => Labels.Keys;

    public static int VariantCount(string key) => Labels[key].Length;

    /// <summary>Every wording a generated claim form may print for a key (the first is the fields.md label).</summary>
    public static IReadOnlyList<string> Variants(string key) => Labels[key];

    /// <summary>The label an edition prints for a key.</summary>
    public static string Label(ClaimFormEdition edition, string key) =>
        Labels.TryGetValue(key, out var v) ? v[edition.Wording.TryGetValue(key, out int i) ? Math.Min(i, v.Length - 1) : 0] : key;

    /// <summary>Section names: short ("La victime"), upper-case ("VICTIME"), descriptive ("Identité de la victime").</summary>
    private static readonly (string Short, string Upper, string[] Descriptive)[] Sections =
    [
        ("La victime", "VICTIME", ["Identité de la victime", "Renseignements concernant la victime"]),
        ("Le demandeur (si différent de la victime)", "DEMANDEUR", ["Identité du demandeur (si vous n'êtes pas la victime)", "Personne qui présente la demande"]),
        ("Avocat (le cas échéant)", "AVOCAT", ["Votre avocat (facultatif)", "Représentation par un avocat"]),
        ("Les faits", "FAITS", ["Description des faits", "Circonstances de l'accident"]),
        ("Les préjudices", "PRÉJUDICES", ["Le dommage subi", "Conséquences du dommage"]),
        ("Autres procédures", "AUTRES PROCÉDURES", ["Procédures en cours", "Autres démarches engagées"]),
        ("Signature", "SIGNATURE", ["Date et signature", "Engagement et signature"]),
    ];

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII"];

    /// <summary>The title of section <paramref name="index"/> (0-based) in the edition's style.</summary>
    public static string SectionTitle(SectionTitleStyle style, int index, Random rng)
    {
        var (shortName, upper, descriptive) = Sections[index];
        int n = index + 1;
        string lower = char.ToLowerInvariant(shortName[0]) + shortName[1..];
        return style switch
        {
            SectionTitleStyle.Numbered => $"{n}. {shortName}",
            SectionTitleStyle.Upper => upper,
            SectionTitleStyle.NumberedUpper => $"{n} - {upper}",
            SectionTitleStyle.Descriptive => descriptive[rng.Next(descriptive.Length)],
            SectionTitleStyle.Part => $"Partie {n} – {shortName}",
            SectionTitleStyle.Frame => $"Cadre {n} : {lower}",
            _ => $"{Roman[index]}. {shortName}",
        };
    }

    /// <summary>Option words of the sex question (truth F/M).</summary>
    public static readonly string[][] SexOptions = [["F", "M"], ["Féminin", "Masculin"], ["Femme", "Homme"]];

    /// <summary>Option words of the damage question, in the order of the truth codes.</summary>
    public static readonly string[][] DamageOptions =
    [
        ["d'un accident médical", "d'une affection iatrogène", "d'une infection nosocomiale"],
        ["accident médical", "affection iatrogène", "infection nosocomiale"],
    ];

    /// <summary>Option words of the filer's standing, in the order of the truth codes.</summary>
    public static readonly string[][] StandingOptions =
    [
        ["représentant légal", "tuteur", "curateur", "ayant droit"],
        ["représentant légal (victime mineure)", "tuteur", "curateur", "ayant droit (victime décédée)"],
    ];

    public static readonly string[][] YesNo = [["Oui", "Non"], ["OUI", "NON"]];

    /// <summary>"du … au …" words of the periods lines.</summary>
    public static readonly (string From, string To)[] PeriodWords = [("du", "au"), ("Du", "au"), ("du", "jusqu'au")];
}

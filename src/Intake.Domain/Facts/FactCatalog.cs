namespace Intake.Domain.Facts;

/// <summary>
/// The field catalogue: every canonical key of docs/fields.md (claim form, expert report, letters, identity papers,
/// certificates, sick-leave notices, death certificates, guardianship orders), with its French label and value kind,
/// in the order of the specification. The one list of field keys: extraction's FieldKeys, the evaluation's comparison
/// kinds, the dashboard's labels and docs/fields.md are checked against it by tests.
/// </summary>
public static class FactCatalog
{
    private static readonly FactDefinition[] Definitions =
    [
        // Claim form (cerfa n°12245*03), 1. La victime
        Name("victime.nom", "Nom d'usage"),
        Name("victime.nom_naissance", "Nom de naissance"),
        Name("victime.prenoms", "Prénom(s)"),
        Code("victime.sexe", "Sexe", "F", "M"),
        Date("victime.date_naissance", "Date de naissance"),
        Text("victime.lieu_naissance", "Lieu de naissance"),
        Text("victime.adresse", "Adresse", TextNature.FreeText),
        Digits("victime.code_postal", "Code postal", 5),
        Text("victime.commune", "Commune"),
        Digits("victime.telephone", "Téléphone"),
        Text("victime.courriel", "Courriel"),
        Text("victime.nir", "N° de sécurité sociale", TextNature.Identifier),
        Text("victime.caisse", "Organisme d'assurance maladie (caisse)"),
        Bool("victime.decedee", "La victime est-elle décédée ?"),
        Date("victime.date_deces", "Date du décès"),
        // 2. Le demandeur, 3. Avocat
        Code("demandeur.qualite", "Qualité du demandeur", "victime", "representant_legal", "tuteur", "curateur", "ayant_droit"),
        Name("demandeur.nom", "Nom du demandeur"),
        Name("demandeur.prenoms", "Prénom(s) du demandeur"),
        Text("demandeur.adresse", "Adresse du demandeur", TextNature.FreeText),
        Text("demandeur.lien", "Lien avec la victime"),
        Text("avocat.nom", "Nom de l'avocat", TextNature.PersonName),
        Text("avocat.adresse", "Adresse de l'avocat", TextNature.FreeText),
        // 4. Les faits
        Date("faits.date_acte", "Date de l'acte (prévention, diagnostic ou soins)"),
        Text("faits.etablissement", "Établissement de santé concerné"),
        Text("faits.etablissement_commune", "Commune de l'établissement"),
        Digits("faits.etablissement_code_postal", "Code postal de l'établissement", 5),
        Text("faits.professionnel", "Professionnel(s) de santé concerné(s)", TextNature.PersonName),
        Bool("faits.professionnel_liberal", "Exercice libéral"),
        Code("faits.type_dommage", "Le dommage résulte", "accident_medical", "affection_iatrogene", "infection_nosocomiale"),
        Text("faits.description", "Description des faits et du dommage", TextNature.FreeText),
        // 5. Les préjudices
        Bool("prejudice.consolide", "État consolidé"),
        Date("prejudice.date_consolidation", "Date de consolidation"),
        Percent("prejudice.aipp", "Taux d'atteinte permanente (AIPP) déclaré"),
        Bool("prejudice.arret_travail", "Arrêt de travail"),
        Periods("prejudice.arret_periodes", "Périodes d'arrêt de travail"),
        Bool("prejudice.inaptitude_definitive", "Inaptitude définitive à l'activité professionnelle"),
        Bool("prejudice.troubles_graves", "Troubles particulièrement graves dans les conditions d'existence"),
        // 6. Autres procédures, 7. Signature
        Bool("procedures.action_en_justice", "Action en justice en cours ou envisagée"),
        Text("procedures.juridiction", "Juridiction saisie"),
        Bool("procedures.valproate", "Dommage lié au valproate de sodium"),
        Text("signature.lieu", "Fait à"),
        Date("signature.date", "Date de signature"),
        Bool("signature.presente", "Signature présente"),
        // Expert report (rapport_expertise)
        Date("expertise.date", "Date du rapport d'expertise"),
        Text("expertise.expert", "Expert", TextNature.PersonName),
        Text("expertise.numero_dossier", "N° de dossier CCI cité par le rapport", TextNature.Identifier),
        Bool("expertise.consolide", "Consolidation constatée par l'expert"),
        Date("expertise.date_consolidation", "Date de consolidation retenue"),
        Percent("expertise.aipp", "AIPP / DFP retenu par l'expert"),
        new("expertise.dft_periodes", FactKind.RatedPeriods) { Label = "Périodes de déficit fonctionnel temporaire (DFT) et taux" },
        Periods("expertise.atap_periodes", "Périodes d'arrêt temporaire des activités professionnelles (ATAP)"),
        Bool("expertise.inaptitude_definitive", "Inaptitude définitive retenue par l'expert"),
        Bool("expertise.deces", "Décès imputable au dommage"),
        Bool("expertise.infection_nosocomiale", "Infection nosocomiale retenue"),
        Bool("expertise.faute", "Faute retenue"),
        Text("expertise.faute_auteur", "Auteur de la faute", TextNature.PersonName),
        Bool("expertise.alea", "Aléa thérapeutique retenu"),
        Decimal("expertise.souffrances_endurees", "Souffrances endurées (sur 7)"),
        Decimal("expertise.prejudice_esthetique", "Préjudice esthétique (sur 7)"),
        // Facts set from letters, court orders or by a reviewer
        Bool("victime.protegee", "Victime majeure protégée"),
        Bool("assurance.absente", "Professionnel non assuré"),
        Bool("assurance.refus", "Refus ou silence de l'assureur"),
        Bool("assurance.couverture_expiree", "Couverture d'assurance expirée"),
        Bool("assurance.plafond_depasse", "Plafond d'assurance dépassé"),
        Code("scheme.autre", "Autre dispositif ONIAM", "benfluorex", "vaccination", "transfusion"),
        // Other document types
        Name("identite.nom", "Nom (pièce d'identité)"),
        Name("identite.prenoms", "Prénoms (pièce d'identité)"),
        Date("identite.date_naissance", "Date de naissance (pièce d'identité)"),
        Code("identite.type", "Type de pièce d'identité", "cni", "passeport", "titre_sejour"),
        Date("certificat.date", "Date du certificat médical"),
        Text("certificat.medecin", "Médecin signataire", TextNature.PersonName),
        Periods("arret.periodes", "Périodes de l'arrêt de travail"),
        Date("deces.date", "Date du décès (acte de décès)"),
        Code("protection.mesure", "Mesure de protection", "tutelle", "curatelle"),
        Date("protection.date", "Date du jugement de protection"),
        Text("protection.protecteur_nom", "Nom du tuteur ou du curateur", TextNature.PersonName),
        Date("courrier.date", "Date du courrier"),
        Text("courrier.expediteur", "Expéditeur du courrier", TextNature.PersonName),
        Text("courrier.numero_dossier", "N° de dossier CCI cité par le courrier", TextNature.Identifier),
    ];

    private static readonly Dictionary<string, FactDefinition> ByKey = Definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);

    /// <summary>All definitions, in the order of the specification.</summary>
    public static IReadOnlyList<FactDefinition> All => Definitions;

    /// <summary>The definition of a canonical key, or null for an unknown key.</summary>
    public static FactDefinition? Find(string key) => ByKey.GetValueOrDefault(key);

    public static bool IsKnown(string key) => ByKey.ContainsKey(key);

    /// <summary>The French label of a key; the key itself when it is not in the catalogue.</summary>
    public static string Label(string key) => Find(key)?.Label ?? key;

    private static FactDefinition Text(string key, string label, TextNature nature = TextNature.Plain) =>
        new(key, FactKind.Text) { Label = label, Nature = nature };
    private static FactDefinition Name(string key, string label) => Text(key, label, TextNature.Name);
    private static FactDefinition Date(string key, string label) => new(key, FactKind.Date) { Label = label };
    private static FactDefinition Bool(string key, string label) => new(key, FactKind.Bool) { Label = label };
    private static FactDefinition Percent(string key, string label) => new(key, FactKind.Percent) { Label = label };
    private static FactDefinition Decimal(string key, string label) => new(key, FactKind.Decimal) { Label = label };
    private static FactDefinition Periods(string key, string label) => new(key, FactKind.Periods) { Label = label };
    private static FactDefinition Digits(string key, string label, int? length = null) =>
        new(key, FactKind.Digits, Length: length) { Label = label };
    private static FactDefinition Code(string key, string label, params string[] codes) =>
        new(key, FactKind.Code, codes) { Label = label };
}

namespace Intake.Domain.Facts;

/// <summary>
/// Every canonical fact key of shared/domain/fields.md (claim form, expert report, letters) and of
/// shared/domain/document-types.md (identity papers, certificates, sick-leave notices, death certificates,
/// guardianship orders, letters), with its value kind.
/// </summary>
public static class FactCatalog
{
    private static readonly FactDefinition[] Definitions =
    [
        // 1. La victime
        Text("victime.nom"), Text("victime.nom_naissance"), Text("victime.prenoms"), Code("victime.sexe", "F", "M"),
        Date("victime.date_naissance"), Text("victime.lieu_naissance"), Text("victime.adresse"),
        Digits("victime.code_postal", 5), Text("victime.commune"), Digits("victime.telephone"), Text("victime.courriel"),
        Text("victime.nir"), Text("victime.caisse"), Bool("victime.decedee"), Date("victime.date_deces"),
        Bool("victime.protegee"),
        // 2. Le demandeur, 3. Avocat
        Code("demandeur.qualite", "victime", "representant_legal", "tuteur", "curateur", "ayant_droit"),
        Text("demandeur.nom"), Text("demandeur.prenoms"), Text("demandeur.adresse"), Text("demandeur.lien"),
        Text("avocat.nom"), Text("avocat.adresse"),
        // 4. Les faits
        Date("faits.date_acte"), Text("faits.etablissement"), Text("faits.etablissement_commune"),
        Digits("faits.etablissement_code_postal", 5), Text("faits.professionnel"), Bool("faits.professionnel_liberal"),
        Code("faits.type_dommage", "accident_medical", "affection_iatrogene", "infection_nosocomiale"),
        Text("faits.description"),
        // 5. Les préjudices
        Bool("prejudice.consolide"), Date("prejudice.date_consolidation"), Percent("prejudice.aipp"),
        Bool("prejudice.arret_travail"), new("prejudice.arret_periodes", FactKind.Periods),
        Bool("prejudice.inaptitude_definitive"), Bool("prejudice.troubles_graves"),
        // 6. Autres procédures, 7. Signature
        Bool("procedures.action_en_justice"), Text("procedures.juridiction"), Bool("procedures.valproate"),
        Text("signature.lieu"), Date("signature.date"), Bool("signature.presente"),
        // Expert report
        Date("expertise.date"), Text("expertise.expert"), Text("expertise.numero_dossier"), Bool("expertise.consolide"),
        Date("expertise.date_consolidation"), Percent("expertise.aipp"), new("expertise.dft_periodes", FactKind.RatedPeriods),
        new("expertise.atap_periodes", FactKind.Periods), Bool("expertise.inaptitude_definitive"), Bool("expertise.deces"),
        Bool("expertise.infection_nosocomiale"), Bool("expertise.faute"), Text("expertise.faute_auteur"), Bool("expertise.alea"),
        new("expertise.souffrances_endurees", FactKind.Decimal), new("expertise.prejudice_esthetique", FactKind.Decimal),
        // Letters, court orders, reviewers
        Bool("assurance.absente"), Bool("assurance.refus"), Bool("assurance.couverture_expiree"), Bool("assurance.plafond_depasse"),
        Code("scheme.autre", "benfluorex", "vaccination", "transfusion"),
        // Other document types (document-types.md)
        Text("identite.nom"), Text("identite.prenoms"), Date("identite.date_naissance"),
        Code("identite.type", "cni", "passeport", "titre_sejour"),
        Date("certificat.date"), Text("certificat.medecin"),
        new("arret.periodes", FactKind.Periods),
        Date("deces.date"),
        Code("protection.mesure", "tutelle", "curatelle"), Date("protection.date"), Text("protection.protecteur_nom"),
        Date("courrier.date"), Text("courrier.expediteur"), Text("courrier.numero_dossier"),
    ];

    private static readonly Dictionary<string, FactDefinition> ByKey = Definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);

    /// <summary>All definitions, in the order of the specification.</summary>
    public static IReadOnlyList<FactDefinition> All => Definitions;

    /// <summary>The definition of a canonical key, or null for an unknown key.</summary>
    public static FactDefinition? Find(string key) => ByKey.GetValueOrDefault(key);

    public static bool IsKnown(string key) => ByKey.ContainsKey(key);

    private static FactDefinition Text(string key) => new(key, FactKind.Text);
    private static FactDefinition Date(string key) => new(key, FactKind.Date);
    private static FactDefinition Bool(string key) => new(key, FactKind.Bool);
    private static FactDefinition Percent(string key) => new(key, FactKind.Percent);
    private static FactDefinition Digits(string key, int? length = null) => new(key, FactKind.Digits, Length: length);
    private static FactDefinition Code(string key, params string[] codes) => new(key, FactKind.Code, codes);
}

namespace Intake.Classification.Tests.Support;

/// <summary>Synthetic pages of the administrative document types.</summary>
public static class AdministrativeTemplates
{
    private static string Lines(params string[] lines) => MedicalTemplates.Lines(lines);

    public static string[] Identity(SyntheticFacts f)
    {
        string nom = f.Surname(), prenom = f.Firstname().ToUpperInvariant();
        return f.Random.Next(2) == 0
            ? [Lines("RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ N° : " + f.Digits(12), $"Nom : {nom}", $"Prénom(s) : {prenom}",
                $"Sexe : {f.Pick(["M", "F"])}", $"Né(e) le : {f.BirthDate()}", $"à : {f.City().ToUpperInvariant()}",
                $"IDFRA{nom}<<<<<<<<<<<<<<<<<<<{f.Digits(6)}", $"{f.Digits(12)}{prenom}<<{f.Digits(7)}M{f.Digits(1)}")]
            : [Lines("RÉPUBLIQUE FRANÇAISE", "PASSEPORT", "Type P  Code du pays FRA", $"Nom / Surname : {nom}",
                $"Prénoms / Given names : {prenom}", $"Date de naissance : {f.BirthDate()}", $"Date d'expiration : {f.Date()}",
                $"P<FRA{nom}<<{prenom}<<<<<<<<<<<<<<<<<<<<<", $"{f.Digits(9)}FRA{f.Digits(7)}M{f.Digits(7)}<<<<<<<<<<<<<<{f.Digits(2)}")];
    }

    public static string[] SocialSecurity(SyntheticFacts f) =>
    [
        Lines("l'Assurance Maladie", $"CPAM de {f.City()}", "ATTESTATION DE DROITS À L'ASSURANCE MALADIE",
            $"Bénéficiaire : {f.Person()}", $"Numéro de sécurité sociale : {f.Nir()}", $"Date de naissance : {f.BirthDate()}",
            $"Droits ouverts du {f.Date()} au {f.Date()}", "Organisme d'affiliation : " + f.Pick(["CPAM", "MSA", "régime général"]),
            "Cette attestation ne constitue pas une carte Vitale.")
    ];

    public static string[] SickLeave(SyntheticFacts f) =>
    [
        f.Random.Next(2) == 0
            ? Lines("AVIS D'ARRÊT DE TRAVAIL", $"Assuré : {f.Person()}", $"N° d'immatriculation : {f.Nir()}",
                $"Arrêt de travail initial du {f.Date()} au {f.Date()}", "Sorties autorisées : oui",
                $"Employeur : société {f.Surname()} SARL", $"Médecin prescripteur : {f.Doctor()}")
            : Lines("l'Assurance Maladie", "RELEVÉ DES INDEMNITÉS JOURNALIÈRES", $"Assuré : {f.Person()}",
                $"Période du {f.Date()} au {f.Date()} : {f.Random.Next(5, 90)} jours", $"Montant des indemnités journalières : {f.Amount()}",
                $"Arrêt de travail prescrit le {f.Date()}"),
    ];

    public static string[] Death(SyntheticFacts f)
    {
        string female = f.Random.Next(2) == 0 ? "e" : "";
        var lines = new List<string>();
        if (f.Random.Next(2) == 0) lines.Add($"Mairie de {f.City()}");
        lines.Add(f.Pick(["EXTRAIT D'ACTE DE DÉCÈS", "ACTE DE DÉCÈS", "Copie intégrale d'acte de décès"]));
        lines.AddRange(f.Some([
            $"Le {f.LongDate()}, à {f.Random.Next(0, 24)} heures, est décédé{female} {f.Person()},",
            $"né{female} le {f.BirthDate()} à {f.City()}, domicilié{female} {f.Address()}.",
            $"Dressé le {f.Date()} sur la déclaration de {f.Person()},",
            "par l'officier de l'état civil.", $"Lieu du décès : {f.Pick(["domicile", "centre hospitalier", "clinique"])}"], 3, 5));
        return [Lines(lines.ToArray())];
    }

    public static string[] FamilyLink(SyntheticFacts f) =>
    [
        f.Random.Next(3) switch
        {
            0 => Lines("LIVRET DE FAMILLE", $"Mariage célébré le {f.Date()} à {f.City()}", $"Époux : {f.Person()}", $"Épouse : {f.Person()}",
                "Enfants :", $"{f.Person()}, né(e) le {f.BirthDate()}"),
            1 => Lines($"Mairie de {f.City()}", "EXTRAIT D'ACTE DE NAISSANCE", $"Le {f.LongDate()} est né(e) {f.Person()}",
                $"fils / fille de {f.Person()} et de {f.Person()}", "Mentions marginales : néant"),
            _ => Lines($"Maître {f.Person()}, notaire à {f.City()}", "ACTE DE NOTORIÉTÉ", $"Suite au décès de {f.Person()}",
                "les comparants attestent que le défunt a laissé pour héritiers :", $"{f.Person()}, son conjoint survivant",
                $"{f.Person()}, son enfant", "ayant droit chacun dans la succession"),
        },
    ];

    public static string[] Guardianship(SyntheticFacts f)
    {
        string measure = f.Pick(["tutelle", "curatelle", "curatelle renforcée"]);
        return [Lines($"TRIBUNAL JUDICIAIRE DE {f.City().ToUpperInvariant()}", "Juge des contentieux de la protection",
            $"JUGEMENT du {f.Date()}", $"Dossier n° {f.Digits(2)}/{f.Digits(5)}", $"Concernant : {f.Person()}, né(e) le {f.BirthDate()}",
            $"PAR CES MOTIFS, ordonne l'ouverture d'une mesure de {measure} pour une durée de 60 mois,",
            $"désigne {f.Person()} en qualité de {(measure == "tutelle" ? "tuteur" : "curateur")}.", "Le greffier   Le juge")];
    }

    public static string[] Letter(SyntheticFacts f)
    {
        var first = Lines(f.Person(), f.Address(), "", $"{f.City()}, le {f.LongDate()}", "",
            "Commission de conciliation et d'indemnisation", $"Objet : {f.Pick(["votre dossier n° " + f.Digits(5), "demande d'indemnisation", "envoi de pièces complémentaires", "demande de renseignements"])}",
            "Madame, Monsieur,",
            string.Join(' ', f.Some([
                "Je vous prie de trouver ci-joint les pièces demandées.", "Vous trouverez ci-joint le certificat médical et ma pièce d'identité.",
                "Je me permets de vous relancer au sujet de mon dossier.", "Mon avocat vous a adressé le rapport d'expertise.",
                "Je reste à votre disposition pour tout renseignement complémentaire.", "Je vous informe de mon changement d'adresse."], 2, 4)),
            "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", f.Person());
        return f.Random.Next(4) == 0
            ? [first, Lines("Liste des pièces jointes :", "- copie de la carte d'identité", "- certificat médical initial",
                "- factures", "Je vous remercie par avance de votre attention.", f.Person())]
            : [first];
    }

    public static string[] Invoice(SyntheticFacts f) =>
    [
        Lines(f.Pick([$"Pharmacie du Centre, {f.City()}", $"Cabinet de kinésithérapie {f.Surname()}", $"Clinique {f.Surname()}"]),
            $"FACTURE N° {f.Digits(6)}", $"Date : {f.Date()}", $"Client : {f.Person()}",
            $"Consultation   {f.Amount()}", $"Séances de rééducation   {f.Amount()}", $"Montant HT   {f.Amount()}", $"TVA   {f.Amount()}",
            $"Total TTC   {f.Amount()}", "Acquittée — reçu le paiement par carte bancaire")
    ];

    public static string[] Other(SyntheticFacts f) =>
    [
        f.Random.Next(3) switch
        {
            0 => Lines("PROGRAMME DE LA FÊTE DU VILLAGE", $"Samedi {f.LongDate()}", "14 h : concours de pétanque", "18 h : apéritif offert par la municipalité",
                "21 h : bal populaire et feu d'artifice", "Buvette et restauration sur place"),
            1 => Lines("CONDITIONS GÉNÉRALES DE VENTE", "Article 1 : objet", "Les présentes conditions régissent les ventes de produits",
                "Article 2 : prix", "Les prix sont indiqués en euros", "Article 3 : livraison", "Le délai de livraison est indicatif"),
            _ => Lines("Offre spéciale abonnement", $"Recevez votre magazine chaque semaine pendant {f.Random.Next(3, 12)} mois",
                "Découvrez nos reportages, jeux et recettes", "Retournez le coupon ci-dessous", "Offre valable en France métropolitaine"),
        },
    ];
}

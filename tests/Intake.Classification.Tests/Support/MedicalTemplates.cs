namespace Intake.Classification.Tests.Support;

/// <summary>Synthetic pages of the claim form and the medical document types.</summary>
public static class MedicalTemplates
{
    public static string[] ClaimForm(SyntheticFacts f)
    {
        string nom = f.Surname(), prenom = f.Firstname();
        int n = f.Random.Next(2, 4);
        var pages = new List<string>
        {
            Lines($"cerfa N° 12245*03", "Demande d'indemnisation", "Commission de conciliation et d'indemnisation des accidents médicaux",
                "des affections iatrogènes et des infections nosocomiales (CCI)", "1. Identité de la victime",
                $"Nom de naissance : {nom}", $"Prénoms : {prenom}", $"Date de naissance : {f.BirthDate()}", $"Adresse : {f.Address()}",
                $"N° de sécurité sociale : {f.Nir()}", f.Random.Next(2) == 0 ? "Vous agissez en qualité de : victime" : "Vous agissez en qualité de : ayant droit",
                $"Page 1/{n}"),
            Lines("2. Les faits", $"Date des faits : {f.Date()}", $"Établissement ou professionnel de santé mis en cause : Centre hospitalier de {f.City()}",
                "Description des faits : " + f.Pick(["infection nosocomiale après une prothèse de hanche", "complication d'une coloscopie",
                    "erreur de diagnostic aux urgences", "lésion nerveuse au cours d'une intervention"]),
                "Avez-vous saisi une juridiction ? non", "Une procédure est-elle en cours ? oui non", $"Page 2/{n}"),
        };
        if (n == 3)
            pages.Add(Lines("3. Les préjudices", "Déficit fonctionnel permanent", $"Arrêt de travail du {f.Date()} au {f.Date()}",
                "Pièces jointes à la demande : certificat médical, pièce d'identité", $"Fait à {f.City()}, le {f.Date()}", "Signature de la victime",
                "Page 3/3"));
        return pages.ToArray();
    }

    public static string[] ExpertReport(SyntheticFacts f)
    {
        string victim = f.Person(), expert = f.Doctor();
        var first = Lines("RAPPORT D'EXPERTISE MÉDICALE", $"{expert}", $"Expert près la cour d'appel de {f.City()}",
            $"Dossier CCI n° {f.Digits(2)}-{f.Digits(5)}", $"Victime : {victim}, née le {f.BirthDate()}",
            "Mission : examiner la victime, décrire les lésions, fixer la date de consolidation",
            $"Réunion d'expertise tenue le {f.Date()} en présence des parties", "Page 1/2");
        var second = Lines("DISCUSSION", string.Join(' ', f.Some([
                "L'état de la victime est consolidé.", $"Date de consolidation : {f.Date()}.",
                $"Déficit fonctionnel temporaire (DFT) total du {f.Date()} au {f.Date()}.",
                $"Souffrances endurées : {f.Random.Next(1, 7)}/7.", $"AIPP : {f.Random.Next(2, 60)} %.",
                "Le dommage est imputable à l'acte de soins.", "Préjudice esthétique permanent : 2/7."], 3, 6)),
            "CONCLUSIONS", "L'expert répond aux questions de la mission.", $"Fait à {f.City()}, le {f.Date()}", expert, "Page 2/2");
        return [first, second];
    }

    public static string[] Certificate(SyntheticFacts f)
    {
        var text = Lines(f.Doctor(), "Médecin généraliste", f.Address(), "",
            f.Pick(["CERTIFICAT MÉDICAL", "CERTIFICAT MEDICAL INITIAL", "Certificat médical"]),
            $"Je soussigné(e), {f.Doctor()}, certifie avoir examiné ce jour {f.Pick(["M.", "Mme"])} {f.Person()}, né(e) le {f.BirthDate()}.",
            string.Join(' ', f.Some([
                "Il présente une cicatrice douloureuse du genou droit.", "Elle présente des séquelles neurologiques.",
                $"Incapacité totale de travail de {f.Random.Next(2, 60)} jours.", "Les lésions constatées sont compatibles avec les faits décrits.",
                "Certificat établi à la demande de l'intéressé et remis en main propre."], 2, 4)),
            $"Fait à {f.City()}, le {f.Date()}", "Signature et cachet du médecin");
        return [text];
    }

    public static string[] MedicalRecord(SyntheticFacts f)
    {
        string patient = f.Person();
        return f.Random.Next(4) switch
        {
            0 => [Lines($"Centre hospitalier de {f.City()}", "Service de chirurgie orthopédique", "COMPTE RENDU OPÉRATOIRE",
                $"Patient : {patient}", $"Date de l'intervention : {f.Date()}", $"Opérateur : {f.Doctor()}", "Anesthésie : générale",
                "Installation en décubitus dorsal. Incision. Mise en place de la prothèse. Fermeture plan par plan.",
                "Suites opératoires simples."),
                Lines("Prescriptions post-opératoires", "Antalgiques, anticoagulants pendant 35 jours", "Pansement tous les deux jours",
                    "Consultation de contrôle à six semaines")],
            1 => [Lines($"Hôpital {f.Surname()}", "COMPTE RENDU D'HOSPITALISATION", $"Patient : {patient}",
                $"Hospitalisé du {f.Date()} au {f.Date()}", "Motif : fièvre et douleurs post-opératoires",
                "Examens : scanner abdominal, hémocultures positives", "Traitement : antibiothérapie intraveineuse",
                "Lettre de sortie adressée au médecin traitant")],
            2 => [Lines(f.Doctor(), f.Address(), "ORDONNANCE", $"{f.City()}, le {f.Date()}", $"{patient}",
                "Paracétamol 1 g : 1 comprimé 3 fois par jour pendant 10 jours", "Kinésithérapie : 15 séances", "Renouvelable une fois")],
            _ => [Lines($"Laboratoire de biologie médicale de {f.City()}", "RÉSULTATS D'ANALYSES", $"Patient : {patient}",
                $"Prélèvement du {f.Date()}", "Hémoglobine 12,1 g/dL", "Leucocytes 14 200 /mm3", "CRP 85 mg/L",
                "Hémoculture : Staphylococcus aureus", "Valeurs de référence au verso")],
        };
    }

    internal static string Lines(params string[] lines) => string.Join('\n', lines);
}

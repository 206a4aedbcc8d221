using Intake.Corpus.People;

namespace Intake.Corpus.Content.Reports;

/// <summary>
/// The body of an expert report, sentence by sentence from parts (who, what, measured how much, when), so that long
/// reports do not repeat themselves: the chronology of the medical file, the victim's complaints, the examination
/// with its measurements, the medico-legal discussion. Nothing here carries a truth field.
/// </summary>
internal static class ReportProse
{
    private static string Pick(Random rng, params string[] options) => options[rng.Next(options.Length)];

    /// <summary>Dated entries of the medical file, from the act onwards: "Le 14/04/2022, lettre de sortie du Dr X : …".</summary>
    public static List<string> Chronology(DossierContext c, Random rng, int count, DateOnly until)
    {
        var lines = new List<string>();
        var date = c.Scenario.ActDate;
        for (int i = 0; i < count && date < until; i++)
        {
            string doctor = rng.Next(3) switch { 0 => c.Professional, 1 => c.WardDoctor, _ => c.FamilyDoctor };
            string document = Pick(rng, "compte rendu opératoire", "lettre de sortie", "compte rendu de consultation", "certificat médical",
                "compte rendu d'imagerie", "résultats biologiques", "courrier au médecin traitant", "compte rendu d'hospitalisation", "fiche de liaison infirmière");
            string finding = Pick(rng,
                $"il est noté {c.DamageText}", "la patiente se plaint de douleurs persistantes", "les suites sont jugées simples",
                "une reprise chirurgicale est envisagée", "un traitement antalgique de palier 2 est prescrit", "la cicatrice est inflammatoire",
                "le bilan biologique montre un syndrome inflammatoire", "une rééducation est prescrite", "l'évolution est jugée lentement favorable",
                "un avis spécialisé est demandé", "un arrêt de travail est prolongé", "le patient est adressé en centre de rééducation");
            lines.Add($"Le {FrenchDates.Slash(date)}, {document} {(rng.Next(2) == 0 ? "du Dr " + doctor : "de " + c.Establishment.Name)} : {finding}.");
            date = date.AddDays(3 + rng.Next(60));
        }
        return lines;
    }

    public static string Complaint(DossierContext c, Random rng)
    {
        string who = Pick(rng, "La victime", "L'intéressé(e)", $"{c.Victim.Civility} {c.Victim.Surname}", "Le/la patient(e)");
        string verb = Pick(rng, "se plaint de", "décrit", "rapporte", "signale", "fait état de");
        string what = Pick(rng, "douleurs quotidiennes", "une gêne fonctionnelle", "troubles du sommeil", "une fatigabilité importante", "paresthésies",
            "une raideur matinale", "une appréhension à la marche", "un retentissement psychologique", "des céphalées", "une perte de force");
        string when = Pick(rng, "à la marche prolongée", "au port de charges", "la nuit", "en fin de journée", "lors des changements de temps",
            "dans les gestes de la vie courante", "à la station debout", "lors de la conduite automobile");
        string intensity = rng.Next(2) == 0 ? $", cotées à {rng.Next(2, 9)}/10 sur l'échelle numérique" : "";
        return $"{who} {verb} {what} {when}{intensity}.";
    }

    public static string Examination(Random rng)
    {
        return rng.Next(8) switch
        {
            0 => $"Flexion de la hanche à {rng.Next(70, 121)}°, extension à {rng.Next(0, 16)}°, abduction à {rng.Next(15, 46)}°.",
            1 => $"Périmètre de marche estimé à {rng.Next(2, 20) * 50} mètres, {Pick(rng, "sans aide technique", "avec une canne", "avec deux cannes anglaises")}.",
            2 => $"Cicatrice de {rng.Next(4, 25)} cm, {Pick(rng, "souple", "adhérente", "hypertrophique", "dyschromique", "non inflammatoire")}, {Pick(rng, "peu visible", "visible à distance", "indolore", "sensible au toucher")}.",
            3 => $"Force musculaire cotée à {rng.Next(2, 6)}/5 sur le {Pick(rng, "quadriceps", "releveur du pied", "deltoïde", "triceps sural", "fléchisseur des doigts")} {Pick(rng, "droit", "gauche")}.",
            4 => $"Périmètre {Pick(rng, "de la cuisse", "du mollet", "du bras")} : {rng.Next(30, 60)} cm à droite, {rng.Next(30, 60)} cm à gauche.",
            5 => $"Distance doigts-sol de {rng.Next(0, 40)} cm ; Schöber à {rng.Next(10, 15)}+{rng.Next(1, 6)}.",
            6 => $"Hypoesthésie {Pick(rng, "de la face dorsale du pied", "du territoire du nerf cubital", "de la face externe de la cuisse", "en hémi-lèvre")} ; réflexes {Pick(rng, "présents et symétriques", "diminués à droite", "abolis à gauche")}.",
            _ => $"Poids {rng.Next(48, 110)} kg pour {rng.Next(150, 195)} cm ; tension artérielle {rng.Next(105, 160)}/{rng.Next(60, 95)} mmHg.",
        };
    }

    public static string Discussion(DossierContext c, Random rng)
    {
        string subject = Pick(rng, "L'indication opératoire", "La technique employée", "La surveillance postopératoire", "Le délai de prise en charge de la complication",
            "L'information délivrée au patient", "L'antibioprophylaxie", "La traçabilité des soins", "La prise en charge de la douleur");
        // Reservations only in a report that finds a fault: the discussion never contradicts the conclusions.
        bool fault = c.Scenario.Report?.FaultBy is not null;
        string verdict = fault && rng.Next(3) == 0
            ? Pick(rng, "appelle des réserves", "n'est pas documentée dans le dossier", "s'écarte des recommandations de la société savante")
            : Pick(rng, "était conforme aux données acquises de la science", "n'appelle pas de critique",
                "a été conforme aux recommandations de la société savante", "relève des bonnes pratiques");
        string source = rng.Next(3) == 0 ? $" (pièce n° {rng.Next(1, 40)})" : "";
        return rng.Next(5) == 0
            ? $"La littérature décrit cette complication dans {rng.Next(1, 30)} cas pour {Pick(rng, "mille", "cent", "dix mille")} interventions, ce qui la rend {Pick(rng, "rare", "peu fréquente", "exceptionnelle")}."
            : $"{subject} {verdict}{source}.";
    }
}

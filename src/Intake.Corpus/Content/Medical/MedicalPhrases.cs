namespace Intake.Corpus.Content.Medical;

/// <summary>Neutral clinical prose for medical records, by section. Nothing here carries a truth field.</summary>
internal static class MedicalPhrases
{
    public static readonly string[] Installation =
    [
        "Patient(e) installé(e) en décubitus dorsal, bras en croix, points d'appui vérifiés et protégés.",
        "Installation en décubitus latéral, billot sous le flanc, appuis pubien et sacré.",
        "Installation en position gynécologique, jambières, protection des points d'appui.",
        "Badigeonnage à la povidone iodée en deux temps, champage stérile selon le protocole du bloc.",
        "Antibioprophylaxie par céfazoline 2 g IV quarante minutes avant l'incision.",
        "Check-list « sécurité du patient au bloc opératoire » réalisée et signée par l'équipe.",
    ];

    public static readonly string[] Procedure =
    [
        "Incision cutanée de huit centimètres, hémostase pas à pas au bistouri électrique.",
        "Ouverture de l'aponévrose, dissection prudente des plans profonds jusqu'au contact osseux.",
        "Mise en place des trocarts sous contrôle de la vue, insufflation à 12 mmHg.",
        "Exploration de la cavité : pas d'épanchement, pas de lésion associée visible.",
        "Repérage des éléments vasculo-nerveux, qui sont réclinés et protégés pendant tout le temps opératoire.",
        "Préparation du site à la râpe, essais successifs, choix de l'implant définitif.",
        "Mise en place de l'implant, contrôle de la stabilité et de la longueur, réduction aisée.",
        "Ablation de la pièce opératoire, adressée en anatomopathologie.",
        "Lavage abondant au sérum physiologique, vérification de l'hémostase.",
        "Mise en place d'un drain de Redon aspiratif.",
        "Difficulté de dissection liée à des adhérences, libérées aux ciseaux.",
        "Saignement en nappe contrôlé par compression et agents hémostatiques locaux.",
        "Contrôle radioscopique peropératoire satisfaisant.",
        "Fermeture plan par plan, surjet intradermique au fil résorbable, pansement sec.",
    ];

    public static readonly string[] PostOp =
    [
        "Suites opératoires prévues : lever précoce, prophylaxie thromboembolique pendant 35 jours.",
        "Surveillance des constantes et de la diurèse en salle de soins post-interventionnelle.",
        "Antalgiques de palier 1 et 2 systématiques, réévaluation de la douleur toutes les quatre heures.",
        "Ablation du drain à J2 si le débit est inférieur à 50 ml par 24 heures.",
        "Reprise de l'alimentation orale dès le soir de l'intervention si la tolérance est bonne.",
        "Consultation de contrôle à six semaines avec radiographie.",
    ];

    public static readonly string[] History =
    [
        "Hypertension artérielle traitée par amlodipine, bien équilibrée.",
        "Diabète de type 2 sous metformine, dernière HbA1c à 7,1 %.",
        "Tabagisme sevré depuis 2015 (20 paquets-années).",
        "Appendicectomie dans l'enfance ; pas d'autre antécédent chirurgical.",
        "Pas d'allergie médicamenteuse connue.",
        "Syndrome anxio-dépressif suivi en ville, traité par sertraline.",
        "Dyslipidémie sous atorvastatine.",
        "Obésité de grade I (IMC 32).",
        "Fibrillation atriale paroxystique sous anticoagulant oral, relais préopératoire organisé.",
        "Vit en couple, autonome, pas d'aide à domicile.",
    ];

    public static readonly string[] Evolution =
    [
        "L'évolution initiale a été simple, avec une reprise rapide de la marche.",
        "À J3 est apparue une fièvre à 39 °C avec un syndrome inflammatoire biologique.",
        "Les hémocultures sont revenues positives ; une antibiothérapie adaptée a été débutée.",
        "Un scanner a montré une collection profonde, drainée sous contrôle radiologique.",
        "Une reprise chirurgicale a été nécessaire pour lavage et débridement.",
        "L'évolution a ensuite été lentement favorable, avec apyrexie obtenue en quelques jours.",
        "La douleur a été contrôlée par des antalgiques de palier 2 puis de palier 1.",
        "Le patient a bénéficié d'une prise en charge en kinésithérapie dès J1.",
        "Un déficit moteur a été constaté au réveil ; un avis neurologique a été demandé.",
        "La surveillance biologique a montré une anémie à 8,9 g/dL, transfusée de deux culots.",
        "La sortie a été retardée dans l'attente d'une place en soins de suite et de réadaptation.",
    ];

    public static readonly string[] Exam =
    [
        "Patient(e) conscient(e), orienté(e), apyrétique à l'entrée.",
        "Tension artérielle 135/80 mmHg, fréquence cardiaque 78/min, saturation 97 % en air ambiant.",
        "Abdomen souple, dépressible, sensible en fosse iliaque droite.",
        "Cicatrice propre, sans écoulement ni inflammation.",
        "Marche possible avec deux cannes anglaises, appui partiel autorisé.",
        "Examen neurologique : force cotée à 3/5 sur le releveur du pied, hypoesthésie de la face dorsale.",
        "Auscultation cardio-pulmonaire sans particularité.",
    ];

    public static readonly string[] DischargeTreatment =
    [
        "Paracétamol 1 g trois fois par jour si douleurs",
        "Tramadol 50 mg matin et soir pendant sept jours",
        "Énoxaparine 4000 UI une injection sous-cutanée par jour pendant 35 jours",
        "Amoxicilline-acide clavulanique 1 g trois fois par jour pendant 10 jours",
        "Ésoméprazole 20 mg le soir",
        "Soins infirmiers à domicile : pansement tous les deux jours",
        "Kinésithérapie : 20 séances de rééducation",
        "Bas de contention classe II",
    ];

    public static readonly (string Exam, string Indication, string[] Findings, string Conclusion)[] Imaging =
    [
        ("IRM du rachis lombaire", "lombosciatalgie droite persistante après chirurgie",
            ["Remaniements postopératoires au niveau L4-L5.", "Fibrose épidurale englobant la racine L5 droite.", "Pas de récidive herniaire.", "Discopathie L5-S1 débutante."],
            "Fibrose épidurale postopératoire L4-L5 droite, sans récidive herniaire."),
        ("Scanner abdomino-pelvien avec injection", "douleurs abdominales fébriles à J4 postopératoire",
            ["Collection hydro-aérique de 6 cm au contact de l'anastomose.", "Épanchement péritonéal de faible abondance.", "Pas de pneumopéritoine libre en dehors du site opératoire."],
            "Collection péri-anastomotique évoquant une fistule ; avis chirurgical."),
        ("Radiographie du bassin et de la hanche droite", "contrôle à six semaines d'une arthroplastie",
            ["Prothèse totale de hanche en place.", "Pas de liseré péri-prothétique.", "Ossifications hétérotopiques de stade I."],
            "Arthroplastie en place, sans complication radiologique."),
        ("Échographie-doppler veineux des membres inférieurs", "grosse jambe douloureuse postopératoire",
            ["Thrombose de la veine fémorale superficielle gauche.", "Veine poplitée perméable.", "Pas d'extension iliaque."],
            "Thrombose veineuse profonde fémorale gauche."),
        ("IRM cérébrale", "déficit apparu au décours d'une anesthésie générale",
            ["Hypersignal en diffusion du territoire sylvien superficiel gauche.", "Pas d'effet de masse.", "Pas de saignement."],
            "Accident ischémique récent sylvien gauche."),
        ("Électromyogramme des membres inférieurs", "déficit du releveur du pied après intervention",
            ["Dénervation active dans le territoire du nerf fibulaire commun.", "Vitesses de conduction ralenties au col de la fibula."],
            "Atteinte tronculaire du nerf fibulaire commun, axonale, partielle."),
    ];

    /// <summary>Lab analytes: name, unit, reference range, and a plausible range of results.</summary>
    public static readonly (string Name, string Unit, string Reference, double Low, double High)[] Analytes =
    [
        ("Hémoglobine", "g/dL", "13,0 – 17,0", 8.2, 15.5), ("Hématocrite", "%", "40 – 54", 26, 47), ("Leucocytes", "G/L", "4,0 – 10,0", 4.1, 19.8),
        ("Polynucléaires neutrophiles", "G/L", "1,8 – 7,5", 2.0, 16.9), ("Plaquettes", "G/L", "150 – 400", 120, 520),
        ("Protéine C réactive (CRP)", "mg/L", "< 5", 1, 260), ("Procalcitonine", "ng/mL", "< 0,5", 0.05, 9.5),
        ("Sodium", "mmol/L", "136 – 145", 131, 144), ("Potassium", "mmol/L", "3,5 – 5,1", 3.2, 5.0), ("Créatinine", "µmol/L", "59 – 104", 55, 180),
        ("Urée", "mmol/L", "2,8 – 7,6", 3.0, 14.0), ("ASAT", "UI/L", "< 35", 12, 90), ("ALAT", "UI/L", "< 45", 10, 110),
        ("Bilirubine totale", "µmol/L", "< 21", 5, 40), ("TP", "%", "70 – 100", 55, 100), ("INR", "", "0,8 – 1,2", 0.9, 2.8),
        ("Glycémie à jeun", "mmol/L", "4,1 – 5,9", 4.3, 11.0), ("Albumine", "g/L", "35 – 52", 24, 45),
    ];

    public static readonly string[] Germs =
    [
        "Staphylococcus aureus sensible à la méticilline", "Escherichia coli BLSE", "Pseudomonas aeruginosa", "Enterococcus faecalis",
        "Staphylococcus epidermidis résistant à la méticilline", "Klebsiella pneumoniae",
    ];

    public static readonly string[] ConsultationReasons =
    [
        "Je revois en consultation votre patient(e) pour le suivi des suites de son intervention.",
        "Vous m'adressez votre patient(e) pour un avis concernant des douleurs persistantes.",
        "Votre patient(e) consulte pour une boiterie apparue après l'intervention.",
        "Je reçois ce jour votre patient(e) dans le cadre du suivi postopératoire.",
    ];

    private static readonly string[] Vitals =
    [
        "apyrexie", "température à {0},{1} °C", "tension {2}/{3} mmHg", "EVA à {4}/10", "diurèse conservée", "saturation à {5} % en air ambiant",
    ];

    private static readonly string[] Findings =
    [
        "CRP à {6} mg/L", "hémoglobine à {7},{1} g/dL", "leucocytes à {8} G/L", "ionogramme sans anomalie", "créatinine à {9} µmol/L",
    ];

    private static readonly string[] Actions =
    [
        "pansement refait, cicatrice propre", "pansement souillé, prélèvement bactériologique réalisé", "lever au fauteuil", "marche avec déambulateur",
        "relais des antalgiques per os", "majoration de l'antibiothérapie", "avis infectiologique demandé", "poursuite de la kinésithérapie",
        "ablation du drain", "ablation de la sonde urinaire", "reprise du transit", "échographie de contrôle programmée", "appel de la famille, informée de l'évolution",
    ];

    /// <summary>A day of a hospital stay: "J3 (14/04/2022) : température à 38,6 °C, CRP à 145 mg/L ; pansement souillé…".</summary>
    public static string Day(int day, DateOnly date, Random rng)
    {
        object[] values = [rng.Next(37, 40), rng.Next(0, 10), rng.Next(95, 160), rng.Next(55, 95), rng.Next(0, 9), rng.Next(91, 100), rng.Next(3, 280), rng.Next(8, 14), rng.Next(4, 22), rng.Next(55, 160)];
        string vital = string.Format(System.Globalization.CultureInfo.InvariantCulture, Vitals[rng.Next(Vitals.Length)], values);
        string finding = string.Format(System.Globalization.CultureInfo.InvariantCulture, Findings[rng.Next(Findings.Length)], values);
        return $"J{day} ({date:dd/MM/yyyy}) : {vital}, {finding} ; {Actions[rng.Next(Actions.Length)]}.";
    }

    public static IEnumerable<string> Take(string[] pool, Random rng, int count) =>
        Enumerable.Range(0, count).Select(_ => pool[rng.Next(pool.Length)]).Distinct();
}

namespace Intake.Corpus.People;

/// <summary>Sample French names, places and institutions the generator draws from.</summary>
internal static class FrenchData
{
    public static readonly string[] Surnames =
    [
        "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT",
        "SIMON", "MICHEL", "LEFÈVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD",
        "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER", "LEFEBVRE", "FAURE", "ANDRÉ",
        "MERCIER", "BLANC", "GUÉRIN", "BOYER", "GARNIER", "CHEVALIER", "FRANÇOIS", "LEGRAND", "GAUTHIER", "GARCIA",
        "PERRIN", "ROBIN", "CLÉMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON",
        "MARCHAND", "DUVAL", "DENIS", "DUMONT", "MARIE", "LEMAIRE", "NOËL", "MEYER", "DUFOUR", "MEUNIER",
        "BRUN", "BLANCHARD", "GIRAUD", "JOLY", "RIVIÈRE", "LUCAS", "BRUNET", "GAILLARD", "BARBIER", "ARNAUD",
        "MARTINEZ", "GÉRARD", "ROCHE", "RENARD", "SCHMITT", "ROY", "LEROUX", "COLIN", "VIDAL", "CARON",
        "PICARD", "ROGER", "FABRE", "AUBERT", "LEMOINE", "RENAUD", "DUMAS", "LACROIX", "OLIVIER", "PHILIPPE",
        "BOURGEOIS", "PIERRE", "BENOÎT", "REY", "LECLERC", "PAYET", "ROLLAND", "LECLERCQ", "GUILLAUME", "LECOMTE",
    ];

    public static readonly string[] FemaleFirstNames =
    [
        "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Valérie", "Christine", "Monique", "Sandrine",
        "Hélène", "Céline", "Élodie", "Camille", "Léa", "Chloé", "Manon", "Inès", "Jeanne", "Agnès",
        "Brigitte", "Danielle", "Josiane", "Émilie", "Aurélie", "Mélanie", "Laëtitia", "Noémie", "Zoé", "Anaïs",
    ];

    public static readonly string[] MaleFirstNames =
    [
        "Jean", "Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe", "Pierre", "Christian", "Éric",
        "Frédéric", "Laurent", "Stéphane", "David", "Olivier", "Jérôme", "François", "Sébastien", "Thierry", "Hervé",
        "Lucas", "Hugo", "Théo", "Mathéo", "Noé", "Gaël", "Benoît", "Joël", "Loïc", "Raphaël",
    ];

    /// <summary>Commune, postcode, INSEE département code (2A/2B for Corsica), commune code (3 digits).</summary>
    public static readonly (string Commune, string PostCode, string Dept, string CommuneCode)[] Communes =
    [
        ("Lyon", "69003", "69", "383"), ("Villeurbanne", "69100", "69", "266"), ("Grenoble", "38000", "38", "185"),
        ("Saint-Étienne", "42000", "42", "218"), ("Annecy", "74000", "74", "010"), ("Chambéry", "73000", "73", "065"),
        ("Valence", "26000", "26", "362"), ("Avignon", "84000", "84", "007"), ("Carpentras", "84200", "84", "031"),
        ("Marseille", "13005", "13", "055"), ("Aix-en-Provence", "13100", "13", "001"), ("Nîmes", "30000", "30", "189"),
        ("Montpellier", "34000", "34", "172"), ("Clermont-Ferrand", "63000", "63", "113"), ("Bourg-en-Bresse", "01000", "01", "053"),
        ("Ajaccio", "20000", "2A", "004"), ("Bastia", "20200", "2B", "033"), ("Vienne", "38200", "38", "544"),
        ("Roanne", "42300", "42", "187"), ("Mâcon", "71000", "71", "270"), ("Dijon", "21000", "21", "231"),
        ("Besançon", "25000", "25", "056"), ("Privas", "07000", "07", "186"), ("Gap", "05000", "05", "061"),
    ];

    public static readonly string[] Streets =
    [
        "rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard des Belges", "rue des Lilas",
        "chemin des Vignes", "place Bellecour", "rue Pasteur", "allée des Tilleuls", "rue du Général de Gaulle",
        "impasse des Acacias", "route de Lyon", "rue Émile Zola", "avenue de la Libération", "rue Sainte-Catherine",
        "quai Perrache", "rue des Écoles", "cours Gambetta", "rue de la Gare", "montée de la Grande Côte",
    ];

    /// <summary>Health establishments with their commune and postcode.</summary>
    public static readonly (string Name, string Commune, string PostCode)[] Establishments =
    [
        ("Hôpital Édouard Herriot", "Lyon", "69003"), ("Centre hospitalier Lyon Sud", "Pierre-Bénite", "69310"),
        ("CHU Grenoble Alpes", "La Tronche", "38700"), ("Clinique du Parc", "Lyon", "69006"),
        ("Centre hospitalier d'Avignon", "Avignon", "84000"), ("Clinique Rhône Durance", "Avignon", "84000"),
        ("CHU de Saint-Étienne", "Saint-Priest-en-Jarez", "42270"), ("Centre hospitalier Annecy Genevois", "Épagny Metz-Tessy", "74370"),
        ("Hôpital privé Jean Mermoz", "Lyon", "69008"), ("Centre hospitalier de Valence", "Valence", "26000"),
        ("Clinique mutualiste de la Sagne", "Saint-Étienne", "42100"), ("Centre hospitalier de Carpentras", "Carpentras", "84200"),
    ];

    public static readonly string[] Caisses =
    [
        "CPAM du Rhône", "CPAM de l'Isère", "CPAM de la Loire", "CPAM de la Haute-Savoie", "CPAM de Vaucluse",
        "CPAM de la Drôme", "CPAM des Bouches-du-Rhône", "MSA Alpes-Vaucluse", "MSA Ain-Rhône", "MSA Ardèche Drôme Loire",
        "CPAM de la Savoie", "CPAM de Corse-du-Sud", "CNMSS (Caisse nationale militaire de sécurité sociale)",
        "MGEN — section du Rhône",
    ];

    public static readonly string[] Specialties =
    [
        "chirurgien orthopédiste", "chirurgien viscéral", "anesthésiste-réanimateur", "gastro-entérologue", "gynécologue-obstétricien",
        "ophtalmologiste", "chirurgien-dentiste", "médecin généraliste", "neurochirurgien", "radiologue",
    ];

    public static readonly string[] Acts =
    [
        "pose d'une prothèse totale de hanche", "cholécystectomie par cœlioscopie", "coloscopie avec polypectomie",
        "arthroscopie du genou", "accouchement par césarienne", "chirurgie de la cataracte", "extraction dentaire",
        "cure de hernie discale", "pose d'un cathéter veineux central", "appendicectomie", "infiltration rachidienne",
    ];

    public static readonly string[] Damages =
    [
        "une lésion du nerf sciatique", "une perforation digestive", "une infection du site opératoire",
        "une paralysie partielle du membre inférieur", "une hémorragie ayant nécessité une reprise chirurgicale",
        "une perte d'acuité visuelle", "une atteinte du nerf lingual", "un syndrome de la queue de cheval",
        "un sepsis sévère", "des douleurs chroniques invalidantes",
    ];

    public static readonly string[] Courts =
    [
        "Tribunal judiciaire de Lyon", "Tribunal administratif de Grenoble", "Tribunal judiciaire d'Avignon",
        "Tribunal administratif de Lyon", "Tribunal judiciaire de Saint-Étienne",
    ];

    public static readonly string[] Insurers =
    [
        "Relyens (ex-SHAM)", "MACSF Assurances", "La Médicale", "Hiscox France", "AXA France IARD", "Allianz IARD",
    ];

    public static readonly string[] LawFirms =
    [
        "Cabinet Aubert & Associés", "SELARL Roche Avocats", "Cabinet Lemoine", "AARPI Vidal Fabre",
    ];

    /// <summary>Hospital wards (service) as letterheads print them.</summary>
    public static readonly string[] Services =
    [
        "Chirurgie orthopédique et traumatologique", "Chirurgie digestive et viscérale", "Gastro-entérologie et hépatologie",
        "Gynécologie-obstétrique", "Neurochirurgie", "Ophtalmologie", "Médecine interne", "Réanimation polyvalente",
        "Maladies infectieuses et tropicales", "Urologie", "Chirurgie du rachis", "Anesthésie-réanimation", "Médecine physique et de réadaptation",
    ];

    public static readonly string[] Employers =
    [
        "SARL Transports Rhodaniens", "SAS Bâtiment Alpes", "Clinique vétérinaire des Monts", "Carrefour Market Villeurbanne",
        "Association Les Jardins du Pilat", "Crédit Agricole Centre-Est", "Boulangerie Ferrand", "EHPAD Les Glycines",
        "Lycée professionnel Jean Moulin", "SNCF Voyageurs", "Métropole de Lyon", "Garage Renault Valence",
    ];

    public static readonly string[] Laboratories =
    [
        "Laboratoire de biologie médicale des Terreaux", "LBM Bio-Alpes — site de Grenoble", "Laboratoire d'analyses médicales du Parc",
        "Biolab Rhône Sud", "Laboratoire de biologie polyvalente du centre hospitalier",
    ];

    public static readonly string[] ImagingCentres =
    [
        "Centre d'imagerie médicale Bellecour", "Cabinet de radiologie des Alpes", "Imagerie médicale du Val de Saône",
        "Service d'imagerie médicale", "Centre de radiologie et d'échographie Saint-Exupéry",
    ];

    public static readonly string[] Pharmacies =
    [
        "Pharmacie du Centre", "Pharmacie de la Gare", "Grande Pharmacie des Alpes", "Pharmacie des Brotteaux", "Pharmacie Saint-Jean",
    ];

    public static readonly string[] Notaries =
    [
        "Office notarial du Parc", "SCP Berthier, Dumas et Associés, notaires", "Étude de Maître Morel", "Office notarial Rhône-Saône",
    ];

    /// <summary>Judicial courts (tribunaux judiciaires) that have a protection judge.</summary>
    public static readonly string[] CourtCities = ["LYON", "GRENOBLE", "VALENCE", "AVIGNON", "SAINT-ÉTIENNE", "VILLEFRANCHE-SUR-SAÔNE", "CHAMBÉRY", "ANNECY"];

    /// <summary>
    /// Nationalities of residents who hold a French residence permit: code, adjective, INSEE country code (NIR of
    /// people born abroad: département 99), birth places, surnames and first names.
    /// </summary>
    public static readonly (string Code, string Adjective, string Country, string[] Places, string[] Surnames, string[] Female, string[] Male)[] Foreign =
    [
        ("DZA", "algérienne", "352", ["Alger (Algérie)", "Oran (Algérie)", "Constantine (Algérie)"], ["BENALI", "HAMIDI", "BOUZID", "MEZIANE"],
            ["Amina", "Samia", "Nadia"], ["Karim", "Sofiane", "Mourad"]),
        ("MAR", "marocaine", "350", ["Casablanca (Maroc)", "Fès (Maroc)", "Oujda (Maroc)"], ["EL IDRISSI", "BENNANI", "AIT OUAKLI", "TAZI"],
            ["Fatima", "Khadija", "Salma"], ["Youssef", "Mohamed", "Hicham"]),
        ("TUN", "tunisienne", "351", ["Tunis (Tunisie)", "Sfax (Tunisie)"], ["BEN SALAH", "TRABELSI", "GHARBI"],
            ["Leila", "Mouna"], ["Mehdi", "Walid"]),
        ("SEN", "sénégalaise", "341", ["Dakar (Sénégal)", "Thiès (Sénégal)"], ["DIOP", "NDIAYE", "FALL"],
            ["Aïssatou", "Fatou"], ["Moussa", "Ousmane"]),
        ("TUR", "turque", "208", ["Ankara (Turquie)", "Izmir (Turquie)"], ["YILMAZ", "KAYA", "DEMIR"],
            ["Elif", "Zeynep"], ["Mehmet", "Emre"]),
        ("CMR", "camerounaise", "322", ["Douala (Cameroun)", "Yaoundé (Cameroun)"], ["MBARGA", "NKODO", "ESSOMBA"],
            ["Christelle", "Brigitte"], ["Serge", "Jean-Paul"]),
    ];
}

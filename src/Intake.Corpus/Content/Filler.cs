namespace Intake.Corpus.Content;

/// <summary>Neutral medical prose used to give reports and records a realistic length.</summary>
internal static class Filler
{
    public static readonly string[] History =
    [
        "Les antécédents médicaux sont marqués par une hypertension artérielle traitée et une appendicectomie dans l'enfance.",
        "Aucun antécédent chirurgical notable n'est rapporté ; pas d'allergie médicamenteuse connue.",
        "Le patient est suivi par son médecin traitant pour un diabète de type 2 équilibré sous traitement oral.",
        "L'intéressé(e) indique une bonne autonomie antérieure, sans limitation dans les actes de la vie quotidienne.",
        "Le dossier médical transmis comprend les comptes rendus opératoires, les lettres de sortie et les résultats d'imagerie.",
        "Les pièces communiquées par l'établissement ont été examinées contradictoirement en présence des parties.",
        "Une IRM réalisée en post-opératoire a mis en évidence des remaniements compatibles avec les doléances.",
        "Les suites immédiates ont nécessité une surveillance en unité de soins continus pendant plusieurs jours.",
    ];

    public static readonly string[] Exam =
    [
        "À l'examen, la marche est possible sans aide technique mais avec une boiterie d'esquive.",
        "La mobilité articulaire est limitée en flexion ; la force musculaire est cotée à 4 sur 5.",
        "Il n'existe pas de trouble sensitif objectif ; les réflexes ostéo-tendineux sont présents et symétriques.",
        "La cicatrice mesure douze centimètres, elle est souple, non adhérente, légèrement dyschromique.",
        "L'examen psychique retrouve une anxiété réactionnelle sans élément dépressif caractérisé.",
        "La victime se plaint de douleurs persistantes, majorées par la station debout prolongée.",
        "Le périmètre de marche est estimé à cinq cents mètres ; la montée des escaliers est difficile.",
    ];

    public static readonly string[] Discussion =
    [
        "La question posée est celle du respect des règles de l'art et des données acquises de la science.",
        "L'indication opératoire était justifiée au regard de l'état antérieur et des examens préalables.",
        "L'information préalable sur les risques a été délivrée, comme en atteste le document signé.",
        "Le lien de causalité entre l'acte et le dommage est direct et certain.",
        "La littérature médicale décrit cette complication comme rare, de l'ordre de un pour mille.",
        "Les doléances de la victime sont cohérentes avec les constatations cliniques.",
        "L'évolution a été lentement favorable après la prise en charge spécialisée.",
    ];

    public static IEnumerable<string> Take(string[] pool, Random rng, int count) =>
        Enumerable.Range(0, count).Select(_ => pool[rng.Next(pool.Length)]).Distinct();
}

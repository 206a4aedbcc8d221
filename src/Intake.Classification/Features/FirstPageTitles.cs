namespace Intake.Classification.Features;

/// <summary>
/// Titles that open a new document when they appear at the top of a page ("Certificat médical",
/// "Compte rendu opératoire"…), stored normalised by <see cref="TextNormalizer"/>.
/// </summary>
public static class FirstPageTitles
{
    private static readonly string[] Raw =
    [
        "Demande d'indemnisation",
        "Rapport d'expertise", "Rapport d'expertise médicale",
        "Certificat médical", "Certificat médical initial", "Certificat de constatation",
        "Compte rendu opératoire", "Compte rendu d'hospitalisation", "Compte-rendu opératoire",
        "Compte rendu de consultation", "Compte rendu d'imagerie", "Compte rendu de radiologie",
        "Lettre de sortie", "Ordonnance", "Résultats d'analyses", "Résultats de laboratoire",
        "Carte nationale d'identité", "Passeport", "Titre de séjour",
        "Attestation de droits", "Attestation de droits à l'assurance maladie",
        "Avis d'arrêt de travail", "Arrêt de travail", "Relevé des indemnités journalières",
        "Acte de décès", "Extrait d'acte de décès",
        "Livret de famille", "Acte de naissance", "Extrait d'acte de naissance", "Acte de notoriété",
        "Jugement", "Jugement de mise sous tutelle", "Jugement de mise sous curatelle",
        "Facture", "Note d'honoraires",
    ];

    /// <summary>Normalised titles, longest first so that the most specific one wins.</summary>
    public static readonly IReadOnlyList<string> All =
        Raw.Select(TextNormalizer.Normalize).Distinct().OrderByDescending(t => t.Length).ToArray();

    /// <summary>The title a normalised line starts with, or null.</summary>
    public static string? Match(string normalizedLine)
    {
        var line = normalizedLine.TrimStart(' ', '-', '*', '.');
        foreach (var title in All)
        {
            if (!line.StartsWith(title, StringComparison.Ordinal)) continue;
            // whole words only: "facture" must not match "facturation"
            if (line.Length == title.Length || !char.IsLetter(line[title.Length])) return title;
        }
        return null;
    }
}

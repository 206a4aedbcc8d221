using Intake.Domain.Documents;

namespace Intake.Classification.Features;

/// <summary>
/// Titles that open a new document when they appear at the top of a page ("Certificat médical",
/// "Compte rendu opératoire"…), stored normalised by <see cref="TextNormalizer"/>.
/// </summary>
public static class FirstPageTitles
{
    /// <summary>Each title with the one document type it opens (docs/document-types.md, "typical cues").</summary>
    private static readonly (string Type, string[] Titles)[] ByType =
    [
        (DocumentType.DemandeIndemnisation, ["Demande d'indemnisation"]),
        (DocumentType.RapportExpertise, ["Rapport d'expertise", "Rapport d'expertise médicale"]),
        (DocumentType.CertificatMedical, ["Certificat médical", "Certificat médical initial", "Certificat de constatation"]),
        (DocumentType.DocumentMedical,
        [
            "Compte rendu opératoire", "Compte rendu d'hospitalisation", "Compte-rendu opératoire",
            "Compte rendu de consultation", "Compte rendu d'imagerie", "Compte rendu de radiologie",
            "Lettre de sortie", "Ordonnance", "Résultats d'analyses", "Résultats de laboratoire",
            // any other record a service writes up ("Compte rendu de passage aux urgences", "… d'échographie")
            "Compte rendu", "Compte-rendu",
        ]),
        (DocumentType.PieceIdentite, ["Carte nationale d'identité", "Passeport", "Titre de séjour"]),
        (DocumentType.AttestationSecuriteSociale, ["Attestation de droits", "Attestation de droits à l'assurance maladie"]),
        (DocumentType.ArretTravail, ["Avis d'arrêt de travail", "Arrêt de travail", "Relevé des indemnités journalières"]),
        (DocumentType.ActeDeces, ["Acte de décès", "Extrait d'acte de décès"]),
        (DocumentType.JustificatifLien, ["Livret de famille", "Acte de naissance", "Extrait d'acte de naissance", "Acte de notoriété"]),
        (DocumentType.JugementProtection, ["Jugement", "Jugement de mise sous tutelle", "Jugement de mise sous curatelle"]),
        (DocumentType.JustificatifFrais, ["Facture", "Note d'honoraires"]),
    ];

    private static readonly Dictionary<string, string> TypeByTitle = ByType
        .SelectMany(g => g.Titles.Select(t => (Title: TextNormalizer.Normalize(t), g.Type)))
        .GroupBy(x => x.Title).ToDictionary(g => g.Key, g => g.First().Type);

    /// <summary>Normalised titles, longest first so that the most specific one wins.</summary>
    public static readonly IReadOnlyList<string> All = TypeByTitle.Keys.OrderByDescending(t => t.Length).ToArray();

    /// <summary>The document type a normalised title (one of <see cref="All"/>) opens.</summary>
    public static string? TypeOf(string normalizedTitle) => TypeByTitle.GetValueOrDefault(normalizedTitle);

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

using System.Text.Json;
using Intake.Domain.Documents;
using Intake.Domain.Facts;

namespace Intake.App.Web.Review;

/// <summary>
/// The rules panel's words for what the engine records in code: the inputs it derives itself (receipt date,
/// documents held, gravity…), their values (document types, gravity outcomes, codes), the gravity grounds and the
/// legal sources (the specification's own references left out).
/// </summary>
public static class TrailText
{
    private static readonly Dictionary<string, string> DerivedInputs = new(StringComparer.Ordinal)
    {
        ["receipt_date"] = "Date de réception de la demande",
        ["complete_date"] = "Date de complétude",
        ["gravity"] = "Gravité",
        ["aipp_retenue"] = "AIPP retenue",
        ["documents"] = "Pièces reçues",
        ["pieces_identite_demandeur"] = "Pièces d'identité du demandeur",
        ["act_before_2001_09_05"] = "Acte antérieur au 5 septembre 2001",
        ["documents.acte_deces"] = "Acte de décès reçu",
        ["documents.attestation_securite_sociale"] = "Attestation de sécurité sociale reçue",
        ["documents.jugement_protection"] = "Jugement de protection reçu",
    };

    private static readonly Dictionary<string, string> Grounds = new(StringComparer.Ordinal)
    {
        ["R-GRAV-AIPP"] = "AIPP supérieure à 24 %",
        ["R-GRAV-ATAP"] = "arrêt des activités professionnelles de 6 mois",
        ["R-GRAV-DFT"] = "déficit fonctionnel temporaire d'au moins 50 % pendant 6 mois",
        ["R-GRAV-INAPT"] = "inaptitude définitive (à confirmer)",
        ["R-GRAV-TROUBLES"] = "troubles particulièrement graves (à confirmer)",
    };

    /// <summary>An input's label: the field catalogue's, else the engine's derived inputs', else the key.</summary>
    public static string Input(string key) => FactCatalog.Find(key)?.Label ?? DerivedInputs.GetValueOrDefault(key) ?? key;

    /// <summary>An input's value in French (document types by their label, the gravity outcome in words, codes by their label).</summary>
    public static string Value(string key, string json, bool showNir)
    {
        if (key == "gravity" && Str(json) is string g) return Labels.Gravity(g);
        if (key.StartsWith("documents", StringComparison.Ordinal) || key == "pieces_identite_demandeur")
        {
            if (Str(json) is string list)
                return list.Length == 0 ? "aucune" : string.Join(", ", list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(DocumentType.Label));
        }
        if (key == "demandeur.qualite" && Str(json) is string q) return FactCodeLabels.Label(key, q);
        return FactValueText.Display(key, json, showNir);
    }

    public static string Ground(string code) => Grounds.GetValueOrDefault(code) ?? code;

    /// <summary>"D1142-1; docs/rules.md, definition 4" → "D1142-1": the law, not the specification's numbering.</summary>
    public static string Source(string source) =>
        string.Join("; ", source.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.Contains("rules.md", StringComparison.Ordinal)));

    private static string? Str(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.String ? doc.RootElement.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

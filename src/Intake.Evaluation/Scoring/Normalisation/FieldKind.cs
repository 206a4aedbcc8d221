using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Evaluation.Scoring.Normalisation;

/// <summary>How a field's values are compared (evaluation.md, "Scoring details").</summary>
public enum FieldKind
{
    /// <summary>Short text: case, accents, punctuation and spacing folded, then exact.</summary>
    Text,
    /// <summary>ISO or DD/MM/YYYY dates, compared as dates.</summary>
    Date,
    /// <summary><c>15</c>, <c>"15 %"</c>, <c>"3,5"</c>, compared as numbers.</summary>
    Number,
    /// <summary><c>true</c>/<c>false</c> (also "oui"/"non").</summary>
    Boolean,
    /// <summary>Codes (<c>F</c>, <c>ayant_droit</c>, <c>cni</c>…): case- and accent-folded, separators equal.</summary>
    Code,
    /// <summary>Names of the victim/filer: upper-cased with accents, spaces and punctuation removed.</summary>
    Name,
    /// <summary>Person names (lawyer, expert, doctor…): titles removed, equal token sets or containment.</summary>
    PersonName,
    /// <summary>NIR, phone, postcode, file numbers: by their letters and digits only.</summary>
    Characters,
    /// <summary>Free text (description, address): normalised Levenshtein similarity ≥ 0.9 on folded text.</summary>
    FreeText,
    /// <summary>Lists of periods <c>{"debut", "fin"[, "taux"]}</c>, compared as sets.</summary>
    Periods,
}

/// <summary>The comparison kind of each canonical key (shared/domain/fields.md, document-types.md).</summary>
public static class FieldKinds
{
    private static readonly Dictionary<string, FieldKind> ByKey = new(StringComparer.Ordinal)
    {
        ["victime.nom"] = FieldKind.Name,
        ["victime.nom_naissance"] = FieldKind.Name,
        ["victime.prenoms"] = FieldKind.Name,
        ["demandeur.nom"] = FieldKind.Name,
        ["demandeur.prenoms"] = FieldKind.Name,
        ["identite.nom"] = FieldKind.Name,
        ["identite.prenoms"] = FieldKind.Name,
        ["avocat.nom"] = FieldKind.PersonName,
        ["expertise.expert"] = FieldKind.PersonName,
        ["expertise.faute_auteur"] = FieldKind.PersonName,
        ["certificat.medecin"] = FieldKind.PersonName,
        ["protection.protecteur_nom"] = FieldKind.PersonName,
        ["courrier.expediteur"] = FieldKind.PersonName,
        ["faits.professionnel"] = FieldKind.PersonName,
        ["victime.sexe"] = FieldKind.Code,
        ["demandeur.qualite"] = FieldKind.Code,
        ["faits.type_dommage"] = FieldKind.Code,
        ["identite.type"] = FieldKind.Code,
        ["protection.mesure"] = FieldKind.Code,
        ["scheme.autre"] = FieldKind.Code,
        ["victime.nir"] = FieldKind.Characters,
        ["victime.telephone"] = FieldKind.Characters,
        ["victime.code_postal"] = FieldKind.Characters,
        ["faits.etablissement_code_postal"] = FieldKind.Characters,
        ["expertise.numero_dossier"] = FieldKind.Characters,
        ["courrier.numero_dossier"] = FieldKind.Characters,
        ["victime.courriel"] = FieldKind.Text,
        ["prejudice.aipp"] = FieldKind.Number,
        ["expertise.aipp"] = FieldKind.Number,
        ["expertise.souffrances_endurees"] = FieldKind.Number,
        ["expertise.prejudice_esthetique"] = FieldKind.Number,
    };

    /// <summary>
    /// The kind of <paramref name="key"/>: the table above, then the key's shape (…date…, …periodes, …description,
    /// …adresse, …nir, …code_postal, …numero…), then the JSON type of the expected value (bool, number, array).
    /// </summary>
    public static FieldKind Of(string key, JsonNode? expected = null)
    {
        if (ByKey.TryGetValue(key, out var kind)) return kind;
        var leaf = key[(key.LastIndexOf('.') + 1)..];
        if (leaf == "date" || leaf.StartsWith("date_", StringComparison.Ordinal)) return FieldKind.Date;
        if (leaf.EndsWith("periodes", StringComparison.Ordinal)) return FieldKind.Periods;
        if (leaf.Contains("description", StringComparison.Ordinal) || leaf.Contains("adresse", StringComparison.Ordinal)) return FieldKind.FreeText;
        if (leaf is "nir" or "telephone" or "code_postal" or "numero_dossier" || leaf.EndsWith("_code_postal", StringComparison.Ordinal)) return FieldKind.Characters;
        if (leaf is "aipp" or "taux") return FieldKind.Number;
        return expected?.GetValueKind() switch
        {
            JsonValueKind.True or JsonValueKind.False => FieldKind.Boolean,
            JsonValueKind.Number => FieldKind.Number,
            JsonValueKind.Array => FieldKind.Periods,
            _ => FieldKind.Text,
        };
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Domain.Facts;

namespace Intake.Evaluation.Scoring.Normalisation;

/// <summary>How a field's values are compared (docs/evaluation.md, "Scoring details").</summary>
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

/// <summary>The comparison kind of each canonical key, derived from the field catalogue (docs/fields.md).</summary>
public static class FieldKinds
{
    /// <summary>
    /// The kind of <paramref name="key"/>: from its value kind and text nature in <see cref="FactCatalog"/>; for a key
    /// outside the catalogue, from the JSON type of the expected value (bool, number, array, else text).
    /// </summary>
    public static FieldKind Of(string key, JsonNode? expected = null)
    {
        if (FactCatalog.Find(key) is { } def)
            return def.Kind switch
            {
                FactKind.Date => FieldKind.Date,
                FactKind.Bool => FieldKind.Boolean,
                FactKind.Percent or FactKind.Decimal => FieldKind.Number,
                FactKind.Periods or FactKind.RatedPeriods => FieldKind.Periods,
                FactKind.Code => FieldKind.Code,
                FactKind.Digits => FieldKind.Characters,
                _ => def.Nature switch
                {
                    TextNature.Name => FieldKind.Name,
                    TextNature.PersonName => FieldKind.PersonName,
                    TextNature.FreeText => FieldKind.FreeText,
                    TextNature.Identifier => FieldKind.Characters,
                    _ => FieldKind.Text,
                },
            };
        return expected?.GetValueKind() switch
        {
            JsonValueKind.True or JsonValueKind.False => FieldKind.Boolean,
            JsonValueKind.Number => FieldKind.Number,
            JsonValueKind.Array => FieldKind.Periods,
            _ => FieldKind.Text,
        };
    }
}

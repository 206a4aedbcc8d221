using System.Text.Json.Nodes;
using Intake.Domain.Fields;

namespace Intake.Evaluation.Results;

/// <summary>
/// Converts extracted fields into their <c>results.json</c> entries, in the formats of docs/fields.md:
/// dates <c>YYYY-MM-DD</c>, booleans, numbers, periods <c>{"debut", "fin"[, "taux"]}</c>, bbox via <c>BBox.ToArray()</c>.
/// </summary>
public static class FieldEntries
{
    public static FieldEntry From(ExtractedField field) => new()
    {
        Value = ToJson(field.Value),
        Confidence = Math.Round(field.Confidence, 3),
        Page = field.Page,
        Bbox = field.Box?.ToArray(),
    };

    /// <summary>One entry per key; when a key occurs several times the most confident value wins.</summary>
    public static Dictionary<string, FieldEntry> From(IEnumerable<ExtractedField> fields) =>
        fields.GroupBy(f => f.Key, StringComparer.Ordinal)
              .ToDictionary(g => g.Key, g => From(g.MaxBy(f => f.Confidence)!), StringComparer.Ordinal);

    /// <summary>The JSON form of a typed field value: the project's one converter (Intake.Domain.Fields.FieldValueJson).</summary>
    public static JsonNode? ToJson(object? value) => FieldValueJson.ToNode(value);
}

using System.Globalization;
using System.Text.Json.Nodes;
using Intake.Domain.Fields;

namespace Intake.Evaluation.Results;

/// <summary>
/// Converts extracted fields into their <c>results.json</c> entries, in the formats of shared/domain/fields.md:
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

    /// <summary>The JSON form of a typed field value (string, DateOnly, bool, int, long, decimal, double, periods).</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        DateOnly d => JsonValue.Create(FormatDate(d)),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        decimal m => JsonValue.Create(m),
        double x => JsonValue.Create(x),
        Period p => ToJson(p),
        IEnumerable<Period> periods => new JsonArray(periods.Select(p => (JsonNode?)ToJson(p)).ToArray()),
        _ => throw new ArgumentException($"unsupported field value type {value.GetType().Name}", nameof(value)),
    };

    public static JsonObject ToJson(Period period)
    {
        var o = new JsonObject { ["debut"] = FormatDate(period.Debut), ["fin"] = FormatDate(period.Fin) };
        if (period.Taux is int taux) o["taux"] = taux;
        return o;
    }

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

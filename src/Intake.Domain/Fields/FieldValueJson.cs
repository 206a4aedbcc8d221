using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Domain.Facts;
using Intake.Domain.Rules.Cli;

namespace Intake.Domain.Fields;

/// <summary>
/// The JSON form of a field value (docs/fields.md formats): dates "YYYY-MM-DD", booleans, integer
/// rates, decimals, text, and periods {"debut", "fin"[, "taux"]}. One converter for storage, results.json and the CLI.
/// </summary>
public static class FieldValueJson
{
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        DateOnly d => JsonValue.Create(FormatDate(d)),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        decimal m => JsonValue.Create(m),
        double x => JsonValue.Create(x),
        Period p => PeriodNode(p),
        IEnumerable<Period> periods => new JsonArray(periods.Select(PeriodNode).ToArray<JsonNode?>()),
        _ => throw new ArgumentException($"unsupported field value type {value.GetType().Name}", nameof(value)),
    };

    public static string ToJson(object? value) => ToNode(value)?.ToJsonString() ?? "null";

    /// <summary>
    /// Reads a stored value back into the CLR type of its key's kind (fact catalog); null when the value does
    /// not have that kind. Unknown keys give their text.
    /// </summary>
    public static object? FromJson(string key, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        var def = FactCatalog.Find(key);
        if (def is null) return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        try { return FactJsonReader.Read(def, value, key); }
        catch (RuleInputException) { return null; }
    }

    public static string FormatDate(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject PeriodNode(Period p)
    {
        var o = new JsonObject { ["debut"] = FormatDate(p.Debut), ["fin"] = FormatDate(p.Fin) };
        if (p.Taux is int t) o["taux"] = t;
        return o;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Evaluation.Scoring.Normalisation;

/// <summary>Reads raw JSON field values under the lenient formats the scorer accepts.</summary>
public static class ValueParsers
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ"];

    /// <summary>The value as text: a JSON string as is, any other JSON value in its JSON spelling.</summary>
    public static string AsText(JsonNode node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString();

    public static DateOnly? Date(JsonNode? node)
    {
        if (node is null) return null;
        var text = AsText(node).Trim();
        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)
                ? DateOnly.FromDateTime(dt)
                : null;
    }

    /// <summary><c>15</c>, <c>"15"</c>, <c>"15 %"</c>, <c>"3,5"</c>, <c>"3.5"</c> → a decimal.</summary>
    public static decimal? Number(JsonNode? node)
    {
        if (node is null) return null;
        if (node.GetValueKind() == JsonValueKind.Number) return node.GetValue<decimal>();
        var text = new string(AsText(node).Where(c => !char.IsWhiteSpace(c) && c != '%').ToArray()).Replace(',', '.');
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) ? m : null;
    }

    public static bool? Boolean(JsonNode? node)
    {
        if (node is null) return null;
        return node.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => node.GetValue<decimal>() switch { 1 => true, 0 => false, _ => null },
            _ => TextFold.Fold(AsText(node)) switch
            {
                "TRUE" or "OUI" or "YES" or "VRAI" or "1" => true,
                "FALSE" or "NON" or "NO" or "FAUX" or "0" => false,
                _ => null,
            },
        };
    }

    /// <summary>A list of periods as a set of (start, end, rate); null when the value is not such a list.</summary>
    public static HashSet<(DateOnly Debut, DateOnly Fin, decimal? Taux)>? Periods(JsonNode? node)
    {
        if (node is not JsonArray array) return null;
        var set = new HashSet<(DateOnly, DateOnly, decimal?)>();
        foreach (var item in array)
        {
            if (item is not JsonObject o) return null;
            var debut = Date(o["debut"]);
            var fin = Date(o["fin"]);
            if (debut is null || fin is null) return null;
            set.Add((debut.Value, fin.Value, Number(o["taux"])));
        }
        return set;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intake.Domain.Facts;
using Intake.Domain.Fields;
using Intake.Domain.Identity;
using Intake.Domain.Parsing;

namespace Intake.App.Web.Review;

/// <summary>
/// A reviewer's typed text ↔ the stored JSON value of a canonical key (docs/fields.md formats). Parsing is by the
/// key's kind in the fact catalog; errors are French sentences for the reviewer.
/// </summary>
public static partial class FactValueText
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The JSON of the value typed for <paramref name="key"/>, or a French error.</summary>
    public static (string? Json, string? Error) Parse(string key, string? text)
    {
        var def = FactCatalog.Find(key);
        if (def is null) return (null, $"Champ inconnu : « {key} ».");
        var t = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (t.Length == 0) return (null, "Saisissez une valeur.");
        JsonNode? node = IsNir(key) ? DigitsNode(def, key, t) : def.Kind switch
        {
            FactKind.Text => JsonValue.Create(t),
            FactKind.Code => FactCodeLabels.CodeOf(key, t) is string code ? JsonValue.Create(code) : null,
            FactKind.Digits => DigitsNode(def, key, t),
            FactKind.Date => TryDate(t, out var d) ? JsonValue.Create(FieldValueJson.FormatDate(d)) : null,
            FactKind.Bool => FrenchBoolean.TryParse(t, out var b) ? JsonValue.Create(b) : null,
            FactKind.Percent => FrenchNumberParser.TryParseRate(t.TrimEnd('%', ' '), out var r) && r is >= 0 and <= 100 ? JsonValue.Create(r) : null,
            FactKind.Decimal => FrenchNumberParser.TryParseDecimal(t, out var m) ? JsonValue.Create(m) : null,
            FactKind.Periods => PeriodsNode(text ?? "", rated: false),
            FactKind.RatedPeriods => PeriodsNode(text ?? "", rated: true),
            _ => null,
        };
        if (node is null) return (null, Expected(def));
        var json = node.ToJsonString();
        using var doc = JsonDocument.Parse(json);
        return FieldValueJson.FromJson(key, doc.RootElement) is null ? (null, Expected(def)) : (json, null);
    }

    /// <summary>A stored value for display (dates JJ/MM/AAAA, Oui/Non, periods); the NIR masked unless <paramref name="showNir"/>.</summary>
    public static string Display(string key, string? json, bool showNir)
    {
        if (string.IsNullOrEmpty(json)) return "—";
        using var doc = JsonDocument.Parse(json);
        var e = doc.RootElement;
        var text = e.ValueKind switch
        {
            JsonValueKind.Null => "—",
            JsonValueKind.True => "Oui",
            JsonValueKind.False => "Non",
            JsonValueKind.Number => FactCatalog.Find(key)?.Kind == FactKind.Percent ? $"{e.GetRawText()} %" : e.GetRawText(),
            JsonValueKind.String when FactCatalog.Find(key)?.Kind == FactKind.Code => FactCodeLabels.Label(key, e.GetString()!),
            JsonValueKind.String => DisplayString(e.GetString()!),
            JsonValueKind.Array => string.Join(" ; ", e.EnumerateArray().Select(DisplayPeriod)),
            _ => e.GetRawText(),
        };
        return IsNir(key) && !showNir && text != "—" ? Nir.Mask(text) : text;
    }

    /// <summary>The text a reviewer would type to get this value back (the correction form's initial value).</summary>
    public static string Editable(string key, string? json, bool showNir) =>
        IsNir(key) && !showNir ? "" : Display(key, json, showNir: true) switch { "—" => "", var s => s.Replace(" %", "", StringComparison.Ordinal) };

    public static bool IsNir(string key) => key.EndsWith(".nir", StringComparison.Ordinal);

    private static string DisplayString(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("dd/MM/yyyy", Fr) : s;

    private static string DisplayPeriod(JsonElement p)
    {
        if (p.ValueKind != JsonValueKind.Object) return p.GetRawText();
        var debut = p.TryGetProperty("debut", out var a) ? DisplayString(a.GetString() ?? "") : "?";
        var fin = p.TryGetProperty("fin", out var b) ? DisplayString(b.GetString() ?? "") : "?";
        return p.TryGetProperty("taux", out var t) ? $"du {debut} au {fin} ({t.GetRawText()} %)" : $"du {debut} au {fin}";
    }

    private static bool TryDate(string t, out DateOnly d) =>
        DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)
        || (FrenchDateParser.TryParse(t, out d) && FrenchDateParser.IsPlausible(d));

    private static JsonNode? DigitsNode(FactDefinition def, string key, string t)
    {
        var s = t.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (IsNir(key)) return Nir.IsValid(s) ? JsonValue.Create(Nir.Normalize(s)) : null;
        return def.AcceptsText(s) ? JsonValue.Create(s) : null;
    }

    /// <summary>One period per line or per ";": "du 01/03/2021 au 30/09/2021 50 %" or "01/03/2021 - 30/09/2021".</summary>
    private static JsonArray? PeriodsNode(string text, bool rated)
    {
        var result = new JsonArray();
        foreach (var raw in text.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dates = DateToken().Matches(raw).Select(m => TryDate(m.Value, out var d) ? d : (DateOnly?)null).ToList();
            if (dates.Count < 2 || dates[0] is not DateOnly debut || dates[1] is not DateOnly fin || fin < debut) return null;
            var o = new JsonObject { ["debut"] = FieldValueJson.FormatDate(debut), ["fin"] = FieldValueJson.FormatDate(fin) };
            if (rated)
            {
                var rate = RateToken().Match(raw);
                if (!rate.Success) return null;
                o["taux"] = int.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            result.Add(o);
        }
        return result.Count == 0 ? null : result;
    }

    private static string Expected(FactDefinition def) => IsNir(def.Key) ? "N° de sécurité sociale invalide (15 caractères, clé de contrôle)." : def.Kind switch
    {
        FactKind.Date => "Date attendue au format JJ/MM/AAAA.",
        FactKind.Bool => "Réponse attendue : oui ou non.",
        FactKind.Percent => "Taux attendu : un nombre entier entre 0 et 100.",
        FactKind.Decimal => "Nombre attendu (par exemple 3,5).",
        FactKind.Periods => "Périodes attendues, une par ligne : du JJ/MM/AAAA au JJ/MM/AAAA.",
        FactKind.RatedPeriods => "Périodes attendues, une par ligne : du JJ/MM/AAAA au JJ/MM/AAAA 50 %.",
        FactKind.Code => $"Valeur attendue parmi : {string.Join(", ", def.Codes!.Select(c => FactCodeLabels.Label(def.Key, c)))}.",
        FactKind.Digits => def.Length is { } n ? $"{n} chiffres attendus." : "Chiffres attendus.",
        _ => "Valeur invalide.",
    };

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")]
    private static partial Regex DateToken();

    [GeneratedRegex(@"(\d{1,3})\s*%")]
    private static partial Regex RateToken();
}

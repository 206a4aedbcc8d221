using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Corpus.Model;
using Intake.Corpus.People;
using Intake.Corpus.Scenarios;
using Intake.Domain.Fields;

namespace Intake.Corpus.Planning;

/// <summary>Writes truth files in the format of docs/evaluation.md.</summary>
public static class TruthJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options) + "\n";

    public static JsonNode Value(object v) => v switch
    {
        string s => JsonValue.Create(s),
        DateOnly d => JsonValue.Create(FrenchDates.Iso(d)),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        decimal m => JsonValue.Create(m),
        IEnumerable<Period> ps => new JsonArray(ps.Select(Period).ToArray<JsonNode?>()),
        _ => throw new ArgumentException($"unsupported truth value {v.GetType()}"),
    };

    private static JsonNode Period(Period p)
    {
        var o = new JsonObject { ["debut"] = FrenchDates.Iso(p.Debut), ["fin"] = FrenchDates.Iso(p.Fin) };
        if (p.Taux is { } t) o["taux"] = t;
        return o;
    }

    /// <summary>Truth of a good file: its documents with 1-based page ranges.</summary>
    public static JsonNode File(IReadOnlyList<Document> docs)
    {
        var arr = new JsonArray();
        int page = 1;
        foreach (var d in docs)
        {
            var fields = new JsonObject();
            foreach (var (k, v) in d.Fields.OrderBy(kv => kv.Key, StringComparer.Ordinal)) fields[k] = Value(v);
            arr.Add(new JsonObject
            {
                ["type"] = d.Type,
                ["pages"] = new JsonArray(page, page + d.Pages.Count - 1),
                ["dossier"] = d.DossierKey,
                ["fields"] = fields,
            });
            page += d.Pages.Count;
        }
        return new JsonObject { ["documents"] = arr };
    }

    public static JsonNode Quarantined() => new JsonObject { ["status"] = "quarantined", ["documents"] = new JsonArray() };

    public static JsonNode Dossier(string key, Scenario s, IReadOnlyList<DateOnly> days)
    {
        var e = s.Expected;
        JsonArray Strings(IEnumerable<string> xs) => new(xs.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray());
        return new JsonObject
        {
            ["key"] = key,
            ["procedure"] = e.Procedure,
            ["gravity"] = e.Gravity,
            ["grounds"] = Strings(e.Grounds),
            ["likely_payer"] = e.Payer,
            ["flags"] = Strings(e.Flags),
            ["missing"] = new JsonArray(e.Missing.Select(m =>
            {
                var parts = m.Split(':');
                return (JsonNode?)new JsonObject { ["item"] = parts[0], ["severity"] = parts[1] };
            }).ToArray()),
            ["complete_date"] = e.CompleteDay is { } d ? FrenchDates.Iso(days[d]) : null,
            ["tasks"] = Strings(e.Tasks),
            ["scenario"] = s.Id,
            ["covers"] = Strings(s.Covers),
        };
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

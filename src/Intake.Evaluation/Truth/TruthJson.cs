using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Evaluation.Truth;

/// <summary>
/// Reads and writes the truth JSON documents. Reading is tolerant: absent lists are empty, <c>gravity</c> may be a
/// string or <c>{"outcome", "grounds"}</c>, <c>missing</c> may hold names or <c>{"item", "severity"}</c> objects.
/// </summary>
public static class TruthJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = Results.ResultsJson.Options.Encoder };
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static TruthFile ParseFile(string relativePath, string json)
    {
        var root = JsonNode.Parse(json, documentOptions: Lenient) as JsonObject
            ?? throw new JsonException($"truth for {relativePath}: an object is expected");
        var docs = (root["documents"] as JsonArray ?? []).Select((d, i) => ParseDocument(relativePath, i, d)).ToList();
        return new TruthFile(relativePath, Str(root["status"]), docs);
    }

    public static IReadOnlyList<TruthDossier> ParseDossiers(string json)
    {
        var root = JsonNode.Parse(json, documentOptions: Lenient);
        var array = root as JsonArray ?? root?["dossiers"] as JsonArray
            ?? throw new JsonException("dossiers.json: an array is expected");
        return array.Select(ParseDossier).ToList();
    }

    public static string FileToJson(TruthFile file)
    {
        var o = new JsonObject();
        if (file.Status is not null) o["status"] = file.Status;
        o["documents"] = new JsonArray(file.Documents.Select(d => (JsonNode)new JsonObject
        {
            ["type"] = d.Type,
            ["pages"] = new JsonArray(d.First, d.Last),
            ["dossier"] = d.Dossier,
            ["fields"] = new JsonObject(d.Fields.Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone()))),
        }).ToArray());
        return o.ToJsonString(Indented);
    }

    public static string DossiersToJson(IEnumerable<TruthDossier> dossiers) =>
        new JsonArray(dossiers.Select(d => (JsonNode)new JsonObject
        {
            ["key"] = d.Key,
            ["procedure"] = d.Procedure,
            ["gravity"] = d.Gravity,
            ["grounds"] = Strings(d.Grounds),
            ["likely_payer"] = d.LikelyPayer,
            ["flags"] = Strings(d.Flags),
            ["missing"] = Strings(d.Missing),
            ["complete_date"] = d.CompleteDate,
        }).ToArray()).ToJsonString(Indented);

    private static TruthDocument ParseDocument(string path, int index, JsonNode? node)
    {
        var o = node as JsonObject ?? throw new JsonException($"truth for {path}: document {index + 1} is not an object");
        var pages = o["pages"] as JsonArray ?? throw new JsonException($"truth for {path}: document {index + 1} has no pages");
        int first = pages.Count > 0 ? pages[0]!.GetValue<int>() : 0;
        int last = pages.Count > 1 ? pages[1]!.GetValue<int>() : first;
        var fields = (o["fields"] as JsonObject ?? [])
            .ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone(), StringComparer.Ordinal);
        return new TruthDocument(Str(o["type"]) ?? "", first, last, Str(o["dossier"]), fields);
    }

    private static TruthDossier ParseDossier(JsonNode? node)
    {
        var o = node as JsonObject ?? throw new JsonException("dossiers.json: every entry must be an object");
        string? gravity;
        IReadOnlyList<string> grounds;
        if (o["gravity"] is JsonObject g)
        {
            gravity = Str(g["outcome"]);
            grounds = List(g["grounds"]);
        }
        else
        {
            gravity = Str(o["gravity"]);
            grounds = List(o["grounds"]);
        }
        var missing = (o["missing"] as JsonArray ?? [])
            .Select(m => m is JsonObject mo ? Str(mo["item"]) : Str(m))
            .OfType<string>().ToList();
        return new TruthDossier(
            Str(o["key"]) ?? Str(o["id"]) ?? throw new JsonException("dossiers.json: an entry has no key"),
            Str(o["procedure"]), gravity, grounds, Str(o["likely_payer"]), List(o["flags"]), missing, Str(o["complete_date"]));
    }

    private static string? Str(JsonNode? n) => n is JsonValue v ? (v.TryGetValue<string>(out var s) ? s : v.ToJsonString()) : null;

    private static IReadOnlyList<string> List(JsonNode? n) => (n as JsonArray ?? []).Select(Str).OfType<string>().ToList();

    private static JsonArray Strings(IEnumerable<string> items) => new(items.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
}

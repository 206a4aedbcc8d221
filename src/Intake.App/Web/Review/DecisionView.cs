using System.Text.Json;

namespace Intake.App.Web.Review;

public sealed record TrailInputView(string Key, string Value, string? Source, bool LowConfidence);
public sealed record TrailView(string Rule, string Source, string Outcome, string Explanation, IReadOnlyList<TrailInputView> Inputs);
public sealed record MissingView(string Item, string Severity);

/// <summary>The rules engine's decision as stored in <c>dossier.decision</c> (docs/rules-cli.md shape), ready to show.</summary>
public sealed record DecisionView(
    string? Gravity, IReadOnlyList<string> Grounds, string? Procedure, string? LikelyPayer, IReadOnlyList<string> Flags,
    IReadOnlyList<string> Tasks, IReadOnlyList<MissingView> Missing, bool Complete, string? CompleteDate, string? AvisDue,
    string? RuleSetVersion, IReadOnlyList<TrailView> Trail)
{
    public static readonly DecisionView None = new(null, [], null, null, [], [], [], false, null, null, null, []);

    public bool IsEmpty => RuleSetVersion is null && Trail.Count == 0;

    public static DecisionView Parse(string? json, bool showNir)
    {
        if (string.IsNullOrWhiteSpace(json)) return None;
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        var gravity = r.TryGetProperty("gravity", out var g) && g.ValueKind == JsonValueKind.Object ? g : default;
        return new DecisionView(
            Str(gravity, "outcome"),
            Strings(gravity, "grounds"),
            Str(r, "procedure"),
            Str(r, "likely_payer"),
            Strings(r, "flags"),
            Strings(r, "tasks"),
            r.TryGetProperty("missing", out var m) && m.ValueKind == JsonValueKind.Array
                ? m.EnumerateArray().Select(x => new MissingView(Str(x, "item") ?? "?", Str(x, "severity") ?? "")).ToList()
                : [],
            r.TryGetProperty("complete", out var c) && c.ValueKind == JsonValueKind.True,
            Str(r, "complete_date"),
            Str(r, "avis_due"),
            Str(r, "rule_set_version"),
            r.TryGetProperty("trail", out var t) && t.ValueKind == JsonValueKind.Array
                ? t.EnumerateArray().Select(e => Entry(e, showNir)).ToList()
                : []);
    }

    private static TrailView Entry(JsonElement e, bool showNir)
    {
        var inputs = new List<TrailInputView>();
        if (e.TryGetProperty("inputs", out var ins) && ins.ValueKind == JsonValueKind.Object)
            foreach (var p in ins.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("source", out var src))
                {
                    var value = p.Value.TryGetProperty("value", out var v) ? v.GetRawText() : "null";
                    inputs.Add(new TrailInputView(p.Name, FactValueText.Display(p.Name, value, showNir), SourceText(src),
                        src.TryGetProperty("low_confidence", out var low) && low.ValueKind == JsonValueKind.True));
                }
                else inputs.Add(new TrailInputView(p.Name, FactValueText.Display(p.Name, p.Value.GetRawText(), showNir), null, false));
            }
        return new TrailView(Str(e, "rule") ?? "?", Str(e, "source") ?? "", Str(e, "outcome") ?? "", Str(e, "explanation") ?? "", inputs);
    }

    /// <summary>"instructeur marie (motif)" or "Rapport d'expertise, p. 3, confiance 82 %".</summary>
    private static string SourceText(JsonElement s)
    {
        if (Str(s, "reviewer") is { } who) return $"instructeur {who}" + (Str(s, "why") is { } why ? $" ({why})" : "");
        var parts = new List<string>();
        if (Str(s, "type") is { } type) parts.Add(Labels.DocumentType(type));
        if (s.TryGetProperty("page", out var page) && page.ValueKind == JsonValueKind.Number) parts.Add($"p. {page.GetInt32()}");
        if (s.TryGetProperty("confidence", out var conf) && conf.ValueKind == JsonValueKind.Number) parts.Add($"confiance {conf.GetDouble():P0}");
        return string.Join(", ", parts);
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
}

using Intake.Domain.Rules.Json;

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

    /// <summary>Reads the stored decision with the codec that wrote it (<see cref="DecisionJson"/>).</summary>
    public static DecisionView Parse(string? json, bool showNir)
    {
        if (string.IsNullOrWhiteSpace(json)) return None;
        var d = DecisionJson.Parse(json);
        return new DecisionView(
            d.Gravity.Outcome,
            d.Gravity.Grounds,
            d.Procedure,
            d.LikelyPayer,
            d.Flags,
            d.Tasks,
            d.Missing.Select(m => new MissingView(m.Item, m.Severity)).ToList(),
            d.Complete,
            d.CompleteDate,
            d.AvisDue,
            d.RuleSetVersion,
            d.Trail.Select(t => Entry(t, showNir)).ToList());
    }

    private static TrailView Entry(TrailJson t, bool showNir) =>
        new(t.Rule, t.Source, t.Outcome, t.Explanation, t.Inputs.Select(p => new TrailInputView(
            p.Key,
            TrailText.Value(p.Key, p.Value.Value?.ToJsonString() ?? "null", showNir),
            p.Value.Source is { } source ? SourceText(source) : null,
            p.Value.Source?.LowConfidence == true)).ToList());

    /// <summary>"instructeur marie (motif)" or "Rapport d'expertise, p. 3, confiance 82 %".</summary>
    private static string SourceText(InputSourceJson s)
    {
        if (s.Reviewer is { } who) return $"instructeur {who}" + (s.Why is { } why ? $" ({why})" : "");
        var parts = new List<string>();
        if (s.Type is { } type) parts.Add(Labels.DocumentType(type));
        if (s.Page is { } page) parts.Add($"p. {page}");
        if (s.Confidence is { } conf) parts.Add($"confiance {conf:P0}");
        return string.Join(", ", parts);
    }
}

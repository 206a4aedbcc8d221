using Intake.Domain.Facts;

namespace Intake.Domain.Rules;

/// <summary>Gravity outcome (grave | not_grave | unknown) and the rule IDs of the grounds that hold, sorted.</summary>
public sealed record GravityResult(string Outcome, IReadOnlyList<string> Grounds);

/// <summary>A missing piece (document-type code, <c>piece_identite_demandeur</c>, <c>caisse_affiliation</c>) or field key.</summary>
public sealed record MissingItem(string Item, string Severity)
{
    public bool IsBlocking => Severity == Outcomes.Blocking;
}

/// <summary>A task for the secretariat; <paramref name="Detail"/> names its object (e.g. the caisse to notify).</summary>
public sealed record DecisionTask(string Code, string? Detail);

/// <summary>One input a rule used: its key, the value as used, and where it came from when known.</summary>
public sealed record TrailInput(string Key, object? Value, Provenance? Provenance = null, bool LowConfidence = false)
{
    public static TrailInput Of(Fact fact) => new(fact.Key, fact.Value, fact.Provenance, fact.LowConfidence);
}

/// <summary>One rule evaluated: ID, legal source, outcome, inputs, and one sentence in French for the reviewer.</summary>
public sealed record TrailEntry(string Rule, string Source, string Outcome, IReadOnlyList<TrailInput> Inputs, string Explanation);

/// <summary>
/// The legal clocks a backlog report follows (docs/rules.md table): D-AVIS-6M from the complete date,
/// D-PRESCRIPTION-10Y from consolidation. Days are counted from <c>today</c> when it was given.
/// </summary>
public sealed record Clocks(
    DateOnly? CompleteDate,
    DateOnly? AvisDue,
    DateOnly? ConsolidationDate,
    DateOnly? PrescriptionDate,
    int? DaysUntilAvisDue)
{
    public bool AvisOverdue => DaysUntilAvisDue < 0;
}

/// <summary>The engine's proposal for one dossier (shape of docs/rules-cli.md).</summary>
public sealed record Decision(
    GravityResult Gravity,
    string? Procedure,
    string? LikelyPayer,
    IReadOnlyList<string> Flags,
    IReadOnlyList<DecisionTask> Tasks,
    IReadOnlyList<MissingItem> Missing,
    bool Complete,
    DateOnly? CompleteDate,
    DateOnly? AvisDue,
    string RuleSetVersion,
    IReadOnlyList<TrailEntry> Trail,
    Clocks Clocks)
{
    /// <summary>The distinct task codes, sorted.</summary>
    public IReadOnlyList<string> DistinctTaskCodes => Tasks.Select(t => t.Code).Distinct().Order(StringComparer.Ordinal).ToList();
}

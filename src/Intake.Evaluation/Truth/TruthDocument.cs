using System.Text.Json.Nodes;

namespace Intake.Evaluation.Truth;

/// <summary>One expected logical document: its type, its page range [First, Last] (1-based), its dossier label, its fields.</summary>
public sealed record TruthDocument(
    string Type,
    int First,
    int Last,
    string? Dossier,
    IReadOnlyDictionary<string, JsonNode?> Fields)
{
    public int PageCount => Last - First + 1;
}

/// <summary>
/// The expected outcome for one inbox file (<c>truth/files/&lt;path&gt;.json</c>).
/// A broken file has status <c>quarantined</c> and no documents.
/// </summary>
public sealed record TruthFile(string Path, string? Status, IReadOnlyList<TruthDocument> Documents)
{
    public bool IsBroken => string.Equals(Status, "quarantined", StringComparison.OrdinalIgnoreCase);
}

/// <summary>An expected dossier of <c>truth/dossiers.json</c>; <see cref="Key"/> is a label (D01…), not a CCI number.</summary>
public sealed record TruthDossier(
    string Key,
    string? Procedure,
    string? Gravity,
    IReadOnlyList<string> Grounds,
    string? LikelyPayer,
    IReadOnlyList<string> Flags,
    IReadOnlyList<string> Missing,
    string? CompleteDate);

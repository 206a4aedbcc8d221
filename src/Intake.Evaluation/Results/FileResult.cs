using System.Text.Json.Serialization;

namespace Intake.Evaluation.Results;

/// <summary>What the pipeline decided about one inbox file.</summary>
public sealed record FileResult
{
    public const string Processed = "processed";
    public const string Quarantined = "quarantined";

    /// <summary>Path relative to the inbox, with '/' separators (e.g. <c>2026-01-05/scan_0001.pdf</c>).</summary>
    public string Path { get; init; } = "";

    /// <summary><see cref="Processed"/> or <see cref="Quarantined"/>.</summary>
    public string Status { get; init; } = Processed;

    /// <summary>Why the file was quarantined, in French words a secretary understands; null otherwise.</summary>
    public string? Error { get; init; }

    public int Pages { get; init; }

    public List<DocumentResult> Documents { get; init; } = [];

    [JsonIgnore] public bool IsQuarantined => string.Equals(Status, Quarantined, StringComparison.OrdinalIgnoreCase);
}

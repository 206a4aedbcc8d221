using System.Text.Json.Serialization;

namespace Intake.Evaluation.Results;

/// <summary>One logical document found in a file.</summary>
public sealed record DocumentResult
{
    /// <summary>A document-type code of docs/document-types.md.</summary>
    public string Type { get; init; } = "";

    /// <summary>[first, last], 1-based, inclusive, within the file.</summary>
    public int[] Pages { get; init; } = [];

    /// <summary>The dossier the document was attached to; null when it went to the review queue (unattached mail).</summary>
    public string? Dossier { get; init; }

    /// <summary>Confidence of <see cref="Type"/> in [0, 1] (an addition to the contract; absent in other producers' files).</summary>
    public double? TypeConfidence { get; init; }

    public Dictionary<string, FieldEntry> Fields { get; init; } = [];

    [JsonIgnore] public int First => Pages.Length > 0 ? Pages[0] : 0;
    [JsonIgnore] public int Last => Pages.Length > 1 ? Pages[1] : First;
}

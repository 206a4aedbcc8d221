using System.Text.Json.Nodes;

namespace Intake.Evaluation.Results;

/// <summary>
/// One extracted field in <c>results.json</c>: <c>{"value": …, "confidence": 0.93, "page": 1, "bbox": [x0, y0, x1, y1]}</c>.
/// <see cref="Value"/> is the raw JSON value (string, number, bool, or a list of periods); see <see cref="FieldEntries"/>.
/// </summary>
public sealed record FieldEntry
{
    public JsonNode? Value { get; init; }
    public double Confidence { get; init; }
    public int Page { get; init; }
    /// <summary>[x0, y0, x1, y1] in PDF points from the bottom-left corner; null when the value has no single place.</summary>
    public double[]? Bbox { get; init; }
}

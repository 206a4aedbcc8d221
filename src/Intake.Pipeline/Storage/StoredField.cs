using System.Text.Json;
using Intake.Domain.Documents;
using Intake.Domain.Fields;

namespace Intake.Pipeline.Storage;

/// <summary>A row of the field table as read back (value as JSON text). A class, so that Dapper can fill the real[] box.</summary>
public sealed class StoredField
{
    public const string Columns = "document_id as DocumentId, key, value::text as Value, confidence, page, bbox";

    public long DocumentId { get; init; }
    public string Key { get; init; } = "";
    public string Value { get; init; } = "null";
    public float Confidence { get; init; }
    public int Page { get; init; }
    public float[]? Bbox { get; init; }

    /// <summary>The typed field, or null when the stored value no longer has its key's kind.</summary>
    public ExtractedField? ToField()
    {
        var value = ParseValue(Key, Value);
        if (value is null) return null;
        BBox? box = Bbox is { Length: 4 } b ? new BBox(b[0], b[1], b[2], b[3]) : null;
        return new ExtractedField(Key, value, Confidence, Page, box);
    }

    public static object? ParseValue(string key, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return FieldValueJson.FromJson(key, doc.RootElement);
    }
}

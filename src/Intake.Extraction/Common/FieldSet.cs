using Intake.Domain.Fields;

namespace Intake.Extraction.Common;

/// <summary>Collects extracted fields, one per key: the first added wins unless a later one is more confident.</summary>
public sealed class FieldSet
{
    private readonly Dictionary<string, ExtractedField> byKey = [];
    private readonly List<string> order = [];

    public bool Has(string key) => byKey.ContainsKey(key);

    public ExtractedField? Get(string key) => byKey.GetValueOrDefault(key);

    /// <summary>Adds the field unless the key already holds a more confident one.</summary>
    public void Add(ExtractedField? field)
    {
        if (field is null) return;
        if (field.Value is string s && string.IsNullOrWhiteSpace(s)) return;
        if (byKey.TryGetValue(field.Key, out var old))
        {
            if (old.Confidence >= field.Confidence) return;
        }
        else order.Add(field.Key);
        byKey[field.Key] = field;
    }

    /// <summary>Adds the field only when the key is still empty.</summary>
    public void AddIfMissing(ExtractedField? field)
    {
        if (field is not null && !Has(field.Key)) Add(field);
    }

    /// <summary>Replaces the field of the key whatever its confidence.</summary>
    public void Replace(ExtractedField field)
    {
        if (!byKey.ContainsKey(field.Key)) order.Add(field.Key);
        byKey[field.Key] = field;
    }

    public IReadOnlyList<ExtractedField> ToList() => order.Select(k => byKey[k]).ToList();
}

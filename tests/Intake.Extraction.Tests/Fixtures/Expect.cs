using Intake.Domain.Fields;

namespace Intake.Extraction.Tests.Fixtures;

/// <summary>Assertions on extracted fields by key.</summary>
public static class Expect
{
    public static ExtractedField Field(IReadOnlyList<ExtractedField> fields, string key)
    {
        var f = fields.FirstOrDefault(x => x.Key == key);
        Assert.True(f is not null, $"missing field {key}; got: {string.Join(", ", fields.Select(x => $"{x.Key}={Show(x.Value)}"))}");
        Assert.InRange(f!.Confidence, 0.0, 1.0);
        return f;
    }

    public static void Value(IReadOnlyList<ExtractedField> fields, string key, object expected)
    {
        var f = Field(fields, key);
        Assert.True(Equals(f.Value, expected), $"{key}: expected {Show(expected)} but got {Show(f.Value)}");
    }

    public static void Absent(IReadOnlyList<ExtractedField> fields, string key) =>
        Assert.True(fields.All(f => f.Key != key), $"{key} should be absent but is {Show(fields.FirstOrDefault(f => f.Key == key)?.Value)}");

    public static void Periods(IReadOnlyList<ExtractedField> fields, string key, params Period[] expected)
    {
        var f = Field(fields, key);
        var got = Assert.IsAssignableFrom<IReadOnlyList<Period>>(f.Value);
        Assert.Equal(expected.OrderBy(p => p.Debut).ToList(), got.OrderBy(p => p.Debut).ToList());
    }

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static string Show(object? v) => v switch
    {
        null => "null",
        IReadOnlyList<Period> ps => "[" + string.Join("; ", ps) + "]",
        _ => $"{v} ({v.GetType().Name})",
    };
}

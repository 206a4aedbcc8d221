using Intake.Domain.Fields;

namespace Intake.Domain.Facts;

/// <summary>Brings a raw value to the CLR type of its key's kind (string, DateOnly, bool, int, decimal, periods).</summary>
public static class FactValues
{
    /// <summary>
    /// The value in its canonical CLR type, or null when it cannot be one of the key's kind. Unknown keys keep
    /// their value as is. Text is trimmed with single spaces.
    /// </summary>
    public static object? Coerce(string key, object value)
    {
        var def = FactCatalog.Find(key);
        if (def is null) return value is string s0 ? Squeeze(s0) : value;
        return def.Kind switch
        {
            FactKind.Text or FactKind.Code or FactKind.Digits => value is string s ? Squeeze(s) : null,
            FactKind.Date => value switch { DateOnly d => d, DateTime dt => DateOnly.FromDateTime(dt), _ => null },
            FactKind.Bool => value as bool?,
            FactKind.Percent => value switch
            {
                int i => i,
                long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
                decimal m when m == decimal.Truncate(m) => (int)m,
                _ => null,
            },
            FactKind.Decimal => value switch { decimal m => m, int i => (decimal)i, double x => (decimal)x, _ => null },
            FactKind.Periods or FactKind.RatedPeriods => value is IEnumerable<Period> ps ? ps.ToList() : null,
            _ => null,
        };
    }

    private static string Squeeze(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

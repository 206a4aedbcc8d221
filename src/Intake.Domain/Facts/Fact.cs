using Intake.Domain.Fields;

namespace Intake.Domain.Facts;

/// <summary>
/// One dossier fact: a canonical key, its typed value (string, DateOnly, bool, int, decimal or
/// IReadOnlyList&lt;Period&gt;) and where it came from (null when unknown, e.g. facts given to the rules CLI).
/// </summary>
public sealed record Fact(string Key, object Value, Provenance? Provenance = null)
{
    /// <summary>True when the extraction confidence was below the rule set's threshold: kept, but flagged when used.</summary>
    public bool LowConfidence { get; init; }

    public string? AsText => Value as string;
    public DateOnly? AsDate => Value is DateOnly d ? d : null;
    public bool? AsBool => Value is bool b ? b : null;
    public int? AsInt => Value switch { int i => i, decimal m when m == decimal.Truncate(m) => (int)m, _ => null };
    public decimal? AsDecimal => Value switch { decimal m => m, int i => i, _ => null };
    public IReadOnlyList<Period>? AsPeriods => Value as IReadOnlyList<Period>;
}

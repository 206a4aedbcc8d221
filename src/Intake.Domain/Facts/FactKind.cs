namespace Intake.Domain.Facts;

/// <summary>The value kind of a canonical fact key (docs/fields.md, "Value kinds").</summary>
public enum FactKind
{
    /// <summary>Trimmed text (string).</summary>
    Text,
    /// <summary>A calendar date (DateOnly), <c>YYYY-MM-DD</c> in JSON.</summary>
    Date,
    /// <summary>true / false (bool).</summary>
    Bool,
    /// <summary>An integer percentage 0–100 (int), e.g. an AIPP rate.</summary>
    Percent,
    /// <summary>A decimal number (decimal), e.g. a 7-point scale with halves.</summary>
    Decimal,
    /// <summary>A list of periods without rate (IReadOnlyList&lt;Period&gt;).</summary>
    Periods,
    /// <summary>A list of periods each with its rate <c>taux</c> (DFT periods).</summary>
    RatedPeriods,
    /// <summary>One code of a closed list (string).</summary>
    Code,
    /// <summary>A string of digits, of a fixed length when the definition says so.</summary>
    Digits,
}

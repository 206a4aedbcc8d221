namespace Intake.Domain.Facts;

/// <summary>What a text value is, where its kind alone does not say how it is compared and shown.</summary>
public enum TextNature
{
    /// <summary>Short text (a town, a fund, an establishment): compared case- and accent-folded.</summary>
    Plain,
    /// <summary>The victim's or the filer's own name: upper-case, without accents, spaces or punctuation for matching.</summary>
    Name,
    /// <summary>A professional's name (expert, doctor, lawyer, author of a fault, sender): titles such as "Dr" dropped.</summary>
    PersonName,
    /// <summary>Free text (a description, a street line): compared by similarity.</summary>
    FreeText,
    /// <summary>An identifier (NIR, a CCI file number): compared by its letters and digits.</summary>
    Identifier,
}

/// <summary>
/// One canonical key of the field catalogue (docs/fields.md): its French label (what a reviewer reads), its value
/// kind, the codes of a <see cref="FactKind.Code"/> key, the length of a fixed-length <see cref="FactKind.Digits"/>
/// key, and for text the <see cref="TextNature"/> of the value.
/// </summary>
public sealed record FactDefinition(string Key, FactKind Kind, IReadOnlyList<string>? Codes = null, int? Length = null)
{
    /// <summary>The French label shown on the dashboard and written in docs/fields.md.</summary>
    public string Label { get; init; } = "";

    /// <summary>For <see cref="FactKind.Text"/> keys: what the text is (names, free text, identifiers…).</summary>
    public TextNature Nature { get; init; } = TextNature.Plain;

    /// <summary>True when a text value fits this definition's format (codes, digits); other kinds return true.</summary>
    public bool AcceptsText(string text) => Kind switch
    {
        FactKind.Code => Codes!.Contains(text, StringComparer.Ordinal),
        FactKind.Digits => text.Length > 0 && text.All(char.IsAsciiDigit) && (Length is null || text.Length == Length),
        _ => true,
    };
}

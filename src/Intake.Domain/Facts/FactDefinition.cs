namespace Intake.Domain.Facts;

/// <summary>One canonical key with its value kind; <paramref name="Codes"/> for <see cref="FactKind.Code"/>,
/// <paramref name="Length"/> for fixed-length <see cref="FactKind.Digits"/>.</summary>
public sealed record FactDefinition(string Key, FactKind Kind, IReadOnlyList<string>? Codes = null, int? Length = null)
{
    /// <summary>True when a text value fits this definition's format (codes, digits); other kinds return true.</summary>
    public bool AcceptsText(string text) => Kind switch
    {
        FactKind.Code => Codes!.Contains(text, StringComparer.Ordinal),
        FactKind.Digits => text.Length > 0 && text.All(char.IsAsciiDigit) && (Length is null || text.Length == Length),
        _ => true,
    };
}

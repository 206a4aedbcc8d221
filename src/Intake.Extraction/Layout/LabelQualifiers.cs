using Intake.Domain.Parsing;

namespace Intake.Extraction.Layout;

/// <summary>
/// Words a form prints after a label to say whose value or how to write it ("Prénom(s) dans l'ordre de l'état
/// civil", "Nom du demandeur", "AIPP s'il est connu"). Without brackets the OCR reads them as the start of the value;
/// <see cref="FormLayout.Clean"/> drops them there.
/// </summary>
public static class LabelQualifiers
{
    public static readonly IReadOnlyList<string> Phrases =
    [
        "dans l'ordre de l'état civil", "du demandeur", "de la demandeuse", "de la victime",
        "de l'avocat", "du représentant", "si différent", "si différente", "s'il est connu", "si connu", "le cas échéant",
        "en majuscules", "en lettres capitales", "jj/mm/aaaa", "jj mm aaaa", "mis en cause", "mise en cause",
        "concerné", "concernée", "concernés",
    ];

    /// <summary>Each phrase as one folded key (letters and digits only: "dansl ordre…" whatever the OCR's word breaks).</summary>
    public static readonly IReadOnlySet<string> Keys = Phrases.Select(TextFolding.TokenKey).ToHashSet();

    /// <summary>The most words a phrase spans.</summary>
    public const int MaxWords = 7;
}

using Intake.Classification.Features;

namespace Intake.Classification.Model;

/// <summary>
/// A title printed at the top of a page ("Relevé des indemnités journalières", "Acte de notoriété") names its
/// document type whoever sent it, while the words of the body (amounts, relatives, dates) are those of one template.
/// The model sees the title as one token among hundreds, so a sender whose body reads like another type's wins
/// against it; here the title's type has its odds multiplied by a fixed factor, and the distribution is
/// renormalised. It is evidence, not a rule: a page the model is sure of keeps its type (a claim form's field
/// "Arrêt de travail" at the top of its second page does not make it a sick-leave notice), and a page without a
/// known title is unchanged.
/// </summary>
public static class TitleEvidence
{
    /// <summary>
    /// Two orders of magnitude. The model learns a type from the body words of the templates it was trained on, and is
    /// sure of itself on a sender whose body reads like another type's (a death act in the civil-status wording of a
    /// birth act: 1.4 % death act); such a page turns to its title's type. A page whose title's type the model gives
    /// well under 1 % (a claim form's second page opening on its field "Arrêt de travail") keeps its type.
    /// </summary>
    public const double DefaultOdds = 100;

    public static Dictionary<string, double> Apply(Dictionary<string, double> byType, string? title, double odds)
    {
        if (title is null || odds == 1 || FirstPageTitles.TypeOf(title) is not string type || !byType.TryGetValue(type, out var p)) return byType;
        // odds(type) × k: p' = k p / (k p + 1 − p); the other types share the rest in their proportions
        double boosted = odds * p / (odds * p + 1 - p);
        double scale = p >= 1 ? 0 : (1 - boosted) / (1 - p);
        return byType.ToDictionary(kv => kv.Key, kv => kv.Key == type ? boosted : kv.Value * scale);
    }
}

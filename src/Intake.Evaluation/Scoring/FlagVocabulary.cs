using Intake.Domain.Rules;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// The flags of docs/rules.md (<see cref="FlagCatalog.Scored"/>): the only ones scored (low-confidence and other
/// markers are ignored).
/// </summary>
public static class FlagVocabulary
{
    public static IReadOnlySet<string> Scored => FlagCatalog.Scored;

    public static IEnumerable<string> Filter(IEnumerable<string> flags) =>
        flags.Select(f => f.Trim().ToUpperInvariant()).Where(Scored.Contains).Distinct();
}

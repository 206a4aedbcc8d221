namespace Intake.Evaluation.Scoring;

/// <summary>The flags of shared/domain/rules.md: the only ones scored (low-confidence and other markers are ignored).</summary>
public static class FlagVocabulary
{
    public static readonly IReadOnlySet<string> Scored = new HashSet<string>(StringComparer.Ordinal)
    {
        "BORDERLINE_GRAVITY", "EXCEPTIONAL_GROUND_TO_CONFIRM", "GRAVITY_UNKNOWN", "PRESCRIPTION_LIKELY",
        "NOT_CONSOLIDATED", "ACT_BEFORE_2001_09_05", "STANDING_MISMATCH", "PARALLEL_PROCEEDINGS",
        "GUARANTEE_FUND", "ONIAM_SUBSTITUTION_POSSIBLE", "NIR_INVALID", "SCHEME_VALPROATE", "SCHEME_ONIAM_DIRECT",
    };

    public static IEnumerable<string> Filter(IEnumerable<string> flags) =>
        flags.Select(f => f.Trim().ToUpperInvariant()).Where(Scored.Contains).Distinct();
}

using Intake.Domain.Fields;
using Intake.Domain.Review;

namespace Intake.Extraction.Common;

/// <summary>
/// Puts the evidence score of <see cref="Confidence"/> on the review threshold's scale. The score is a deliberately
/// cautious product of evidence; measured on generated mail of a seed used for nothing else (seed 7001:
/// `scripts/intake generate --seed 7001`, then `intake eval`), values scoring at least <see cref="SureScore"/> were
/// right 99.3 % of the time (0.7 % of the truth values wrong above it), and the score's bins above it were right
/// 97–100 %. A power map sends that score to <see cref="ReviewThresholds.Field"/>, keeps 0 and 1, and keeps the
/// order of the values: what was surer stays surer.
/// </summary>
public static class Calibration
{
    /// <summary>The evidence score from which a value is taken as read.</summary>
    public const double SureScore = 0.7;

    private static readonly double Exponent = Math.Log(ReviewThresholds.Field) / Math.Log(SureScore);

    public static double Apply(double score) => Math.Round(Math.Pow(Math.Clamp(score, 0.01, 0.99), Exponent), 3);
}

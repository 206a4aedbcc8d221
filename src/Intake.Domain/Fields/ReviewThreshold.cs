namespace Intake.Domain.Fields;

/// <summary>
/// The confidence at which an extracted value is taken as read: below it the value is kept but marked for review
/// (rules mark their inputs low-confidence, the dashboard highlights the value). Extraction confidences are
/// calibrated so that values at or above it are right on mail the project did not make (Intake's choice, not law).
/// </summary>
public static class ReviewThreshold
{
    /// <summary>Field values: a value with at least this confidence is not marked for review.</summary>
    public const double Field = 0.8;
}

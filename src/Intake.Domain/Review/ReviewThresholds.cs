namespace Intake.Domain.Review;

/// <summary>
/// The confidence below which a machine reading goes to a person: the dashboard marks it "à vérifier", a dossier
/// cannot be confirmed past it without an explicit override, and `intake eval` counts a wrong reading at or above it
/// as a "confident error" (the kind a reviewer would not be shown first). One place for these thresholds.
/// </summary>
public static class ReviewThresholds
{
    /// <summary>
    /// A field value whose confidence is below this must be checked by a reviewer (rules mark their inputs
    /// low-confidence, the dashboard highlights it). Extraction confidences are calibrated so that values at or
    /// above it are right on mail the project did not make (Intake.Extraction/Common/Calibration).
    /// </summary>
    public const double Field = 0.8;

    /// <summary>A document whose type confidence (the splitter's per-page marginal, averaged) is below this must be checked.</summary>
    public const double DocumentType = 0.5;

    /// <summary>
    /// A birth date or NIR read with a confidence below this is not used to match mail to a dossier or to tell two
    /// people apart: calibrated, fewer than half such readings are right, and a misread birth date on a claim form
    /// would otherwise turn away every later paper about its victim.
    /// </summary>
    public const double IdentityKey = 0.5;
}

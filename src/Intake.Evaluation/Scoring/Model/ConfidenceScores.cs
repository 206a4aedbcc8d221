namespace Intake.Evaluation.Scoring.Model;

/// <summary>The review thresholds the confidences are judged against (the pipeline's own).</summary>
public sealed record ConfidenceThresholds(double DocumentType, double Field);

/// <summary>
/// Confident errors (wrong readings at or above the review threshold) over the truth pages, the truth fields and
/// both together; the review load (right readings below the threshold, over the right readings); and the field
/// reliability table (per confidence bin: values output, values right).
/// </summary>
public sealed record ConfidenceScores(
    ConfidenceThresholds Thresholds,
    Ratio PagesConfidentWrong,
    Ratio FieldsConfidentWrong,
    Ratio ConfidentErrors,
    Ratio PagesReviewLoad,
    Ratio FieldsReviewLoad,
    IReadOnlyList<ReliabilityBin> FieldReliability);

/// <summary>Field values output with a confidence in [Lower, Upper), and how many of them were right.</summary>
public sealed record ReliabilityBin(double Lower, double Upper, int Count, int Right);

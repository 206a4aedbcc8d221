namespace Intake.Evaluation.Scoring.Model;

/// <summary>
/// Everything the scorer measured (written as <c>scores.json</c>); <see cref="Summary"/> holds the headline figures.
/// <see cref="FieldsBySource"/> is field accuracy per <see cref="SourceKind"/>: empty when the scorer was not given
/// the pages' origins, null in a scores.json written before it existed (as are <see cref="Confidence"/> and
/// <see cref="StraightThrough"/>).
/// </summary>
public sealed record Scores(
    Summary Summary,
    Ratio PageType,
    SortedDictionary<string, Ratio> PageTypeByType,
    PrecisionRecall Split,
    FieldScores Fields,
    PrecisionRecall Attachment,
    DossierScores Dossiers,
    QuarantineScores Quarantine,
    ThroughputScores Throughput,
    FileCoverage Coverage,
    SortedDictionary<string, FileKindScore> ByFileKind,
    SortedDictionary<string, SourceKindScore>? FieldsBySource = null,
    ConfidenceScores? Confidence = null,
    Ratio? StraightThrough = null);

/// <summary>
/// The headline figures in [0, 1] (null when there was nothing to score), plus throughput. ConfidentErrors is the
/// share of truth pages and fields read wrong at or above the review threshold (lower is better); StraightThrough the
/// share of truth dossiers that needed no correction at all.
/// </summary>
public sealed record Summary(
    double? PageType,
    double? SplitF1,
    double? Fields,
    double? AttachmentPrecision,
    double? AttachmentRecall,
    double? AttachmentF1,
    double? Procedure,
    double? Gravity,
    double? LikelyPayer,
    double? FlagsF1,
    double? MissingF1,
    double? CompleteDate,
    double? Routing,
    double? Quarantine,
    double? PagesPerMinute,
    double? OcrShare,
    double? ConfidentErrors = null,
    double? StraightThrough = null);

namespace Intake.Evaluation.Scoring.Model;

/// <summary>
/// Per-dossier routing scores. Every mean is over truth dossiers, an unmatched truth dossier scoring 0 on each
/// component; <see cref="Flags"/> and <see cref="Missing"/> are micro-averaged counts over truth dossiers
/// (an unmatched truth dossier's items are all false negatives).
/// </summary>
public sealed record DossierScores(
    int TruthDossiers,
    int PredictedDossiers,
    int Matched,
    double? Procedure,
    double? Gravity,
    double? LikelyPayer,
    double? FlagsF1,
    double? MissingF1,
    double? CompleteDate,
    double? Routing,
    PrecisionRecall Flags,
    PrecisionRecall Missing,
    IReadOnlyList<DossierScore> PerDossier);

/// <summary>One truth dossier's scores (0 or 1 for exact components, F1 for sets), and the predicted id it was matched to.</summary>
public sealed record DossierScore(
    string TruthKey,
    string? PredictedId,
    int SharedDocuments,
    double Procedure,
    double Gravity,
    double LikelyPayer,
    double FlagsF1,
    double MissingF1,
    double CompleteDate)
{
    /// <summary>The dossier's routing score: the mean of its six components.</summary>
    public double Score => (Procedure + Gravity + LikelyPayer + FlagsF1 + MissingF1 + CompleteDate) / 6;
}

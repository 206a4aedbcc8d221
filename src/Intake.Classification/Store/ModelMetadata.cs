using Intake.Classification.Training;

namespace Intake.Classification.Store;

/// <summary>
/// Contents of <c>page-classifier.json</c>, written next to <c>page-classifier.zip</c>.
/// </summary>
/// <param name="FormatVersion">Layout of the model zip and of the features; a loader refuses any other.</param>
/// <param name="Labels">Type codes in score order.</param>
/// <param name="TrainingDataHash">SHA-256 of the ordered training examples (<see cref="Training.TrainingDataHash"/>).</param>
/// <param name="TrainedAt">Training date, given by the caller.</param>
/// <param name="Seed">Seed of the training run.</param>
/// <param name="TrainingPageCount">Pages the model was fitted on.</param>
/// <param name="HeldOut">Metrics on the held-out pages.</param>
/// <param name="HasBoundaryModel">The zip holds the boundary ("opens a new document") model too.</param>
/// <param name="Temperature">Calibration temperature of the page-type model's probabilities.</param>
/// <param name="SameTypeBoundaryOffsets">Per type, the boundary log-odds offset between two pages of that type.</param>
/// <param name="ModelSha256">SHA-256 of the zip file, filled in when saved; checked when loaded.</param>
public sealed record ModelMetadata(
    int FormatVersion,
    IReadOnlyList<string> Labels,
    string TrainingDataHash,
    DateTimeOffset TrainedAt,
    int Seed,
    int TrainingPageCount,
    ClassifierMetrics HeldOut,
    bool HasBoundaryModel,
    double Temperature,
    IReadOnlyDictionary<string, double>? SameTypeBoundaryOffsets,
    string? ModelSha256 = null)
{
    /// <summary>Version of the current code's model format (bump when features or zip layout change).</summary>
    public const int CurrentFormatVersion = 2;
}

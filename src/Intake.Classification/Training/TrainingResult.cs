using Intake.Classification.Model;
using Intake.Classification.Store;

namespace Intake.Classification.Training;

/// <summary>A freshly trained classifier and its metadata (labels, data hash, held-out metrics).</summary>
public sealed record TrainingResult(PageClassifier Classifier, ModelMetadata Metadata, IReadOnlyList<TrainingPage> HeldOutPages);

namespace Intake.Classification.Training;

/// <summary>Settings of a training run.</summary>
public sealed class TrainingOptions
{
    /// <summary>Seed of the held-out split and of ML.NET (<c>new MLContext(seed)</c>).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Share of documents (per type) kept aside to measure the model; 0 trains on everything.</summary>
    public double HeldOutFraction { get; init; } = 0.2;

    /// <summary>Training date written into the model metadata; the trainer never reads the clock.</summary>
    public required DateTimeOffset TrainedAt { get; init; }

    /// <summary>SDCA passes over the data.</summary>
    public int MaximumIterations { get; init; } = 30;

    /// <summary>
    /// SDCA L2 regularisation; null lets ML.NET choose from the data (too strong for a few hundred pages:
    /// the model then falls back on "autre" for short pages).
    /// </summary>
    public float? L2Regularization { get; init; } = 1e-5f;

    /// <summary>SDCA stops when the relative duality gap falls below this (ML.NET's default 0.1 stops far too early).</summary>
    public float ConvergenceTolerance { get; init; } = 0.01f;

    /// <summary>SDCA L2 regularisation of the boundary model (few, strong features: a little more than the type model).</summary>
    public float? BoundaryL2Regularization { get; init; } = 1e-4f;

    /// <summary>Whether to train the boundary ("opens a new document") model (needs first and non-first pages).</summary>
    public bool TrainBoundaryModel { get; init; } = true;

    /// <summary>Augmented copies of the training stream added to it (<see cref="PageAugmenter"/>).</summary>
    public int AugmentedCopies { get; init; } = 1;

    /// <summary>Share of the pages of an augmented copy that are actually altered.</summary>
    public double AugmentRate { get; init; } = 0.8;

    /// <summary>Weight the examples so that rare document types count (square-root inverse frequency).</summary>
    public bool BalanceTypes { get; init; } = true;
}

namespace Intake.Classification.Splitting;

/// <summary>Settings of <see cref="DocumentSplitter"/>.</summary>
public sealed class SplitterOptions
{
    /// <summary>Use the boundary model's probability when the page has one (otherwise the page's cues decide).</summary>
    public bool UseBoundaryModel { get; init; } = true;

    /// <summary>
    /// Boundary probabilities are kept within [this, 1 - this]: no single page's evidence is absolute, so that strong
    /// type evidence on both sides can still overrule it.
    /// </summary>
    public double BoundaryFloor { get; init; } = 0.01;

    /// <summary>
    /// The highest boundary probability of a page whose printed number follows the previous page's
    /// (<see cref="DocumentSplitter.ContinuesNumbering"/>): strong type evidence can still open a document there.
    /// </summary>
    public double NumberedContinuationBoundary { get; init; } = 0.01;

    /// <summary>
    /// How much the type evidence of such an inner page counts, as an exponent on its type probabilities (1: as
    /// much as any page's). The document's type is what its pages say together, its first page above all.
    /// </summary>
    public double ContinuationTypeWeight { get; init; } = 0.5;

    /// <summary>Type probabilities below this are raised to it before taking logarithms.</summary>
    public double TypeFloor { get; init; } = 1e-4;

    /// <summary>Pages whose decided type has a marginal probability below this are flagged LOW_CONFIDENCE_PAGE.</summary>
    public double LowConfidenceThreshold { get; init; } = Intake.Domain.Review.ReviewThresholds.DocumentType;
}

namespace Intake.Classification.Model;

/// <summary>Run-time settings of the page classifier.</summary>
public sealed class ClassifierOptions
{
    /// <summary>Pages whose top probability is below this are flagged LOW_CONFIDENCE_PAGE.</summary>
    public double LowConfidenceThreshold { get; init; } = Intake.Domain.Review.ReviewThresholds.DocumentType;

    public BlankPageOptions Blank { get; init; } = new();

    /// <summary>How much a first-page title at the top multiplies the odds of the type it names (<see cref="TitleEvidence"/>).</summary>
    public double TitleOdds { get; init; } = TitleEvidence.DefaultOdds;
}

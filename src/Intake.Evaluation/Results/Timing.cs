namespace Intake.Evaluation.Results;

/// <summary>How long the run took and how many pages it read (and how many needed OCR).</summary>
public sealed record Timing
{
    public double WallSeconds { get; init; }
    public int Pages { get; init; }
    public int OcrPages { get; init; }
}

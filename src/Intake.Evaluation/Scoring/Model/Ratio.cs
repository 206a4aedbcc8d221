namespace Intake.Evaluation.Scoring.Model;

/// <summary>Correct out of total; <see cref="Value"/> is null when there was nothing to score.</summary>
public sealed record Ratio(int Correct, int Total)
{
    public double? Value => Total == 0 ? null : (double)Correct / Total;

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Correct + b.Correct, a.Total + b.Total);

    public static Ratio Of(bool correct) => new(correct ? 1 : 0, 1);
}

namespace Intake.Evaluation.Scoring.Model;

/// <summary>
/// Counts of a matching and its precision, recall and F1. With nothing expected and nothing predicted every
/// figure is 1; with something on one side only, the empty side's figure is 0.
/// </summary>
public sealed record PrecisionRecall(long TruePositives, long FalsePositives, long FalseNegatives)
{
    public static readonly PrecisionRecall Empty = new(0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0
        ? (FalseNegatives == 0 ? 1 : 0)
        : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0
        ? (FalsePositives == 0 ? 1 : 0)
        : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => TruePositives + FalsePositives + FalseNegatives == 0
        ? 1
        : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <summary>The matching of two sets of names (ordinal).</summary>
    public static PrecisionRecall OfSets(IEnumerable<string> expected, IEnumerable<string> predicted)
    {
        var e = expected.ToHashSet(StringComparer.Ordinal);
        var p = predicted.ToHashSet(StringComparer.Ordinal);
        int tp = e.Count(p.Contains);
        return new(tp, p.Count - tp, e.Count - tp);
    }
}

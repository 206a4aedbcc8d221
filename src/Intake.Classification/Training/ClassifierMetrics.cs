namespace Intake.Classification.Training;

/// <summary>Precision, recall and F1 of one type on a held-out set.</summary>
public sealed record ClassMetrics(double Precision, double Recall, double F1, int Support);

/// <summary>Held-out metrics of a page classifier.</summary>
/// <param name="Accuracy">Share of non-blank pages whose predicted type is right.</param>
/// <param name="MacroF1">Mean F1 over the types present in the held-out set or predicted.</param>
/// <param name="PerClass">Metrics per type code.</param>
/// <param name="PageCount">Number of non-blank pages evaluated.</param>
public sealed record ClassifierMetrics(
    double Accuracy,
    double MacroF1,
    IReadOnlyDictionary<string, ClassMetrics> PerClass,
    int PageCount)
{
    public static readonly ClassifierMetrics Empty = new(0, 0, new Dictionary<string, ClassMetrics>(), 0);
}

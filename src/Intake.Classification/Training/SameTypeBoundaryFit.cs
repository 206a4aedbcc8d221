namespace Intake.Classification.Training;

/// <summary>
/// What the document type adds to the boundary model when two consecutive pages have the same type: a claim form's
/// pages almost never start a second claim form, two certificates in a row are usually two documents. The boundary
/// model does not see the type; per type t, one log-odds offset δ_t is fitted on held-out same-type page pairs with
/// the model's own log-odds as a fixed offset (logistic regression with one parameter, ridge-regularised towards 0
/// so that a type seen in few pairs keeps the model's view). The splitter then uses σ(logit b + δ_t) for "a new
/// document of type t starts after a page of type t".
/// </summary>
public static class SameTypeBoundaryFit
{
    /// <summary>Offsets stay within ±this (an offset never overrules the page evidence entirely).</summary>
    public const double MaxOffset = 4;

    /// <summary>Ridge penalty on δ (in units of one example's log-loss).</summary>
    public const double Ridge = 2;

    /// <param name="pairs">Held-out same-type pairs: the type, the boundary model's probability, whether a new document starts.</param>
    public static Dictionary<string, double> Fit(IEnumerable<(string Type, double Boundary, bool IsFirst)> pairs)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in pairs.GroupBy(p => p.Type))
        {
            var examples = group.Select(p => (Logit: Logit(p.Boundary), Y: p.IsFirst ? 1.0 : 0.0)).ToArray();
            double delta = 0;
            for (int iteration = 0; iteration < 50; iteration++)
            {
                double gradient = Ridge * delta, hessian = Ridge;
                foreach (var (z, y) in examples)
                {
                    double p = Sigmoid(z + delta);
                    gradient += p - y;
                    hessian += p * (1 - p);
                }
                double step = gradient / hessian;
                delta = Math.Clamp(delta - step, -MaxOffset, MaxOffset);
                if (Math.Abs(step) < 1e-6) break;
            }
            result[group.Key] = Math.Round(delta, 4);
        }
        return result;
    }

    public static double Apply(double boundary, double offset) => Sigmoid(Logit(boundary) + offset);

    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}

namespace Intake.Classification.Training;

/// <summary>
/// Temperature scaling (Guo et al., 2017): the one parameter T that makes softmax(log p / T) best predict the truth
/// on held-out pages (least negative log-likelihood), found by golden-section search. T above 1 softens a model
/// that is more sure of itself than its held-out accuracy warrants.
/// </summary>
public static class TemperatureScaling
{
    /// <summary>T is never below 1: calibration on generated pages may soften the model, never sharpen it (mail from other senders is harder than the held-out pages).</summary>
    public const double Min = 1, Max = 10;

    /// <param name="examples">Per held-out page: the model's probabilities and the index of the true type.</param>
    public static double Fit(IReadOnlyList<(float[] Probabilities, int Truth)> examples)
    {
        if (examples.Count == 0) return 1;
        double a = Min, b = Max, phi = (Math.Sqrt(5) - 1) / 2;
        double c = b - phi * (b - a), d = a + phi * (b - a);
        double fc = Nll(examples, c), fd = Nll(examples, d);
        for (int k = 0; k < 60 && b - a > 1e-3; k++)
        {
            if (fc < fd) { b = d; d = c; fd = fc; c = b - phi * (b - a); fc = Nll(examples, c); }
            else { a = c; c = d; fc = fd; d = a + phi * (b - a); fd = Nll(examples, d); }
        }
        return Math.Round((a + b) / 2, 3);
    }

    public static double Nll(IReadOnlyList<(float[] Probabilities, int Truth)> examples, double temperature)
    {
        double total = 0;
        foreach (var (p, truth) in examples)
        {
            var logits = p.Select(x => Math.Log(Math.Max(x, 1e-9)) / temperature).ToArray();
            double max = logits.Max();
            double logZ = max + Math.Log(logits.Sum(l => Math.Exp(l - max)));
            total += logZ - logits[truth];
        }
        return total / examples.Count;
    }
}

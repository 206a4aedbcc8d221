using Intake.Evaluation.Scoring.Model;

namespace Intake.Evaluation.Scoring;

/// <summary>Broken files (truth status <c>quarantined</c>) must be quarantined; good files must not be. A file missing from the results fails.</summary>
public static class QuarantineScorer
{
    public const int MaxMistakesListed = 100;

    public static QuarantineScores Score(IEnumerable<FilePair> files)
    {
        var broken = new Ratio(0, 0);
        var good = new Ratio(0, 0);
        var mistakes = new List<string>();
        foreach (var f in files)
        {
            bool ok;
            if (f.Truth.IsBroken)
            {
                ok = f.Predicted is { IsQuarantined: true };
                broken += Ratio.Of(ok);
            }
            else
            {
                ok = f.Predicted is { IsQuarantined: false };
                good += Ratio.Of(ok);
            }
            if (!ok && mistakes.Count < MaxMistakesListed)
                mistakes.Add($"{f.Truth.Path}: {(f.Predicted is null ? "absent from results" : f.Truth.IsBroken ? "not quarantined" : "quarantined")}");
        }
        return new QuarantineScores(broken, good, mistakes);
    }
}

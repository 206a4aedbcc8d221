namespace Intake.Evaluation.Scoring.Model;

/// <summary>
/// Broken files that were quarantined and good files that were not; <see cref="Score"/> is the mean of the two
/// rates (of the one that exists when the corpus has only one kind). A file absent from the results fails both.
/// </summary>
public sealed record QuarantineScores(Ratio BrokenQuarantined, Ratio GoodNotQuarantined, IReadOnlyList<string> Mistakes)
{
    public double? Score
    {
        get
        {
            var parts = new[] { BrokenQuarantined.Value, GoodNotQuarantined.Value }.OfType<double>().ToList();
            return parts.Count == 0 ? null : parts.Average();
        }
    }
}

/// <summary>Speed of the run, from <c>timing</c> of results.json.</summary>
public sealed record ThroughputScores(double WallSeconds, int Pages, int OcrPages)
{
    public double? PagesPerMinute => WallSeconds > 0 ? Pages * 60.0 / WallSeconds : null;
    public double? OcrShare => Pages > 0 ? (double)OcrPages / Pages : null;
}

/// <summary>How the results' files cover the truth's files.</summary>
public sealed record FileCoverage(int TruthFiles, int ResultFiles, int MissingFromResults, int NotInTruth, IReadOnlyList<string> MissingExamples);

/// <summary>The scores of the files of one kind (extension).</summary>
public sealed record FileKindScore(int Files, int BrokenFiles, Ratio PageType, PrecisionRecall Split, Ratio Fields);

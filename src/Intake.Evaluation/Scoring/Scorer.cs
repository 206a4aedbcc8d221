using Intake.Domain.Review;
using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring.Model;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Scoring;

/// <summary>Scores a results file against a truth set (docs/evaluation.md, "Scores printed" and "Scoring details").</summary>
public static class Scorer
{
    /// <param name="origins">How the corpus' pages were made (read from the files); without it, no split per source kind.</param>
    /// <param name="thresholds">The review thresholds confident errors are counted against; the pipeline's own by default.</param>
    public static Scores Score(ResultsFile results, TruthSet truth, PageOrigins? origins = null, ConfidenceThresholds? thresholds = null)
    {
        var files = DocumentPairing.PairFiles(results, truth);
        var documents = DocumentPairing.PairDocuments(files);

        var (pageType, pageTypeByType) = PageTypeScorer.Score(files);
        var split = SplitScorer.Score(files);
        var fields = FieldScorer.Score(documents);
        var attachment = AttachmentScorer.Score(documents);
        var dossiers = RoutingScorer.Score(truth.Dossiers, results.Dossiers, documents);
        var quarantine = QuarantineScorer.Score(files);
        var throughput = new ThroughputScores(results.Timing.WallSeconds, results.Timing.Pages, results.Timing.OcrPages);
        var coverage = Coverage(results, files);
        var confidence = ConfidenceScorer.Score(files, documents,
            thresholds ?? new ConfidenceThresholds(ReviewThresholds.DocumentType, ReviewThresholds.Field));
        var straightThrough = StraightThroughScorer.Score(truth.Dossiers, documents, files, dossiers);

        var summary = new Summary(
            PageType: pageType.Value,
            SplitF1: files.Count == 0 ? null : split.F1,
            Fields: fields.Overall.Value,
            AttachmentPrecision: documents.Count == 0 ? null : attachment.Precision,
            AttachmentRecall: documents.Count == 0 ? null : attachment.Recall,
            AttachmentF1: documents.Count == 0 ? null : attachment.F1,
            Procedure: dossiers.Procedure,
            Gravity: dossiers.Gravity,
            LikelyPayer: dossiers.LikelyPayer,
            FlagsF1: dossiers.FlagsF1,
            MissingF1: dossiers.MissingF1,
            CompleteDate: dossiers.CompleteDate,
            Routing: dossiers.Routing,
            Quarantine: quarantine.Score,
            PagesPerMinute: throughput.PagesPerMinute,
            OcrShare: throughput.OcrShare,
            ConfidentErrors: confidence.ConfidentErrors.Value,
            StraightThrough: straightThrough.Value);

        return new Scores(summary, pageType, pageTypeByType, split, fields, attachment, dossiers, quarantine, throughput, coverage,
            FileKindScorer.Score(files),
            origins is null ? new(StringComparer.Ordinal) : SourceKindScorer.Score(documents, origins),
            confidence, straightThrough);
    }

    private static FileCoverage Coverage(ResultsFile results, IReadOnlyList<FilePair> files)
    {
        var truthPaths = files.Select(f => PathKey.Normalize(f.Truth.Path)).ToHashSet(StringComparer.Ordinal);
        var missing = files.Where(f => f.Predicted is null).Select(f => f.Truth.Path).ToList();
        int notInTruth = results.Files.Select(f => PathKey.Normalize(f.Path)).Distinct().Count(p => !truthPaths.Contains(p));
        return new FileCoverage(files.Count, results.Files.Count, missing.Count, notInTruth, missing.Take(20).ToList());
    }
}

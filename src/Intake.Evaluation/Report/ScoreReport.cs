using Intake.Evaluation.Scoring.Model;

namespace Intake.Evaluation.Report;

/// <summary>The readable console report of a scoring: headline table, then per-key fields, per type, and the first mistakes.</summary>
public static class ScoreReport
{
    public const int WrongFieldsPrinted = 25;

    public static void Print(Scores scores, TextWriter output)
    {
        var s = scores.Summary;
        output.WriteLine("Evaluation scores");
        output.WriteLine(new string('=', 60));
        Row(output, "page type accuracy", Format.Percent(s.PageType), Format.Count(scores.PageType.Correct, scores.PageType.Total) + " pages");
        Row(output, "split exact-match F1", Format.Percent(s.SplitF1), Counts(scores.Split));
        Row(output, "field accuracy", Format.Percent(s.Fields), Format.Count(scores.Fields.Overall.Correct, scores.Fields.Overall.Total) + " fields");
        Row(output, "attachment precision", Format.Percent(s.AttachmentPrecision), "");
        Row(output, "attachment recall", Format.Percent(s.AttachmentRecall), "");
        Row(output, "attachment F1", Format.Percent(s.AttachmentF1), Counts(scores.Attachment) + " pairs");
        var d = scores.Dossiers;
        Row(output, "dossiers matched", "", Format.Count(d.Matched, d.TruthDossiers) + $" (predicted {d.PredictedDossiers})");
        Row(output, "procedure", Format.Percent(s.Procedure), "");
        Row(output, "gravity", Format.Percent(s.Gravity), "");
        Row(output, "likely payer", Format.Percent(s.LikelyPayer), "");
        Row(output, "flags F1 (mean)", Format.Percent(s.FlagsF1), $"P {Format.Percent(d.Flags.Precision)} R {Format.Percent(d.Flags.Recall)}");
        Row(output, "missing items F1 (mean)", Format.Percent(s.MissingF1), $"P {Format.Percent(d.Missing.Precision)} R {Format.Percent(d.Missing.Recall)}");
        Row(output, "complete date", Format.Percent(s.CompleteDate), "");
        Row(output, "ROUTING", Format.Percent(s.Routing), "");
        var q = scores.Quarantine;
        Row(output, "quarantine", Format.Percent(s.Quarantine),
            $"broken {Format.Count(q.BrokenQuarantined.Correct, q.BrokenQuarantined.Total)}, good {Format.Count(q.GoodNotQuarantined.Correct, q.GoodNotQuarantined.Total)}");
        Row(output, "pages per minute", Format.Number(s.PagesPerMinute), $"{scores.Throughput.Pages} pages in {Format.Number(scores.Throughput.WallSeconds)} s");
        Row(output, "OCR share", Format.Percent(s.OcrShare), $"{scores.Throughput.OcrPages} OCR pages");
        if (scores.Confidence is { } conf)
        {
            Row(output, "confident errors", Format.Percent(s.ConfidentErrors),
                $"{conf.ConfidentErrors.Correct} of {conf.ConfidentErrors.Total} truth values (pages {conf.PagesConfidentWrong.Correct} at type confidence >= {conf.Thresholds.DocumentType:0.##}, fields {conf.FieldsConfidentWrong.Correct} at >= {conf.Thresholds.Field:0.##})");
            Row(output, "review load (right, below threshold)", "",
                $"pages {Format.Percent(conf.PagesReviewLoad.Value)}, fields {Format.Percent(conf.FieldsReviewLoad.Value)}");
        }
        if (scores.StraightThrough is { } st)
            Row(output, "straight-through dossiers", Format.Percent(s.StraightThrough), Format.Count(st.Correct, st.Total) + " needed no correction");
        var c = scores.Coverage;
        if (c.MissingFromResults > 0 || c.NotInTruth > 0)
            output.WriteLine($"! {c.MissingFromResults} truth file(s) absent from results, {c.NotInTruth} result file(s) without truth");

        Section(output, "Field accuracy per key", scores.Fields.PerKey);
        Section(output, "Field accuracy per document type", scores.Fields.PerDocumentType);
        Section(output, "Page type accuracy per type", scores.PageTypeByType);
        FileKinds(output, scores.ByFileKind);
        SourceKinds(output, scores.FieldsBySource);
        Reliability(output, scores.Confidence);

        if (scores.Fields.Wrong.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Wrong fields ({scores.Fields.WrongCount}, first {Math.Min(WrongFieldsPrinted, scores.Fields.Wrong.Count)}):");
            foreach (var w in scores.Fields.Wrong.Take(WrongFieldsPrinted))
                output.WriteLine($"  {w.File} [{w.Document}] {w.Key}: expected {Clip(w.Expected)}, got {Clip(w.Got) ?? "(none)"}");
        }
        foreach (var m in q.Mistakes.Take(WrongFieldsPrinted)) output.WriteLine($"  quarantine: {m}");
    }

    private static void Row(TextWriter o, string name, string value, string detail) =>
        o.WriteLine($"{name,-36} {value,9}  {detail}".TrimEnd());

    private static string Counts(PrecisionRecall pr) =>
        $"tp {pr.TruePositives} fp {pr.FalsePositives} fn {pr.FalseNegatives}";

    private static void Section(TextWriter o, string title, IReadOnlyDictionary<string, Ratio> ratios)
    {
        if (ratios.Count == 0) return;
        o.WriteLine();
        o.WriteLine(title);
        o.WriteLine(new string('-', 60));
        foreach (var (key, r) in ratios) Row(o, "  " + key, Format.Percent(r.Value), Format.Count(r.Correct, r.Total));
    }

    private static void FileKinds(TextWriter o, IReadOnlyDictionary<string, FileKindScore> kinds)
    {
        if (kinds.Count == 0) return;
        o.WriteLine();
        o.WriteLine("Per file kind: files (broken) | page type | split F1 | fields");
        o.WriteLine(new string('-', 60));
        foreach (var (kind, k) in kinds)
            o.WriteLine($"  {kind,-8} {k.Files,5} ({k.BrokenFiles}) | {Format.Percent(k.PageType.Value),9} | {Format.Percent(k.Split.F1),9} | {Format.Percent(k.Fields.Value),9}");
    }

    private static void SourceKinds(TextWriter o, IReadOnlyDictionary<string, SourceKindScore>? kinds)
    {
        if (kinds is null || kinds.Count == 0) return;
        o.WriteLine();
        o.WriteLine("Field accuracy per source of the document's pages (read from the files)");
        o.WriteLine(new string('-', 60));
        foreach (var (kind, k) in SourceKindRows.InOrder(kinds))
            Row(o, "  " + kind, Format.Percent(k.Fields.Value), $"{Format.Count(k.Fields.Correct, k.Fields.Total)} fields, {k.Documents} document{(k.Documents == 1 ? "" : "s")}");
        o.WriteLine($"  ({SourceKindRows.Legend})");
    }

    private static void Reliability(TextWriter o, ConfidenceScores? confidence)
    {
        if (confidence is null || confidence.FieldReliability.All(b => b.Count == 0)) return;
        o.WriteLine();
        o.WriteLine("Field values by confidence (reliability): values output | share right");
        o.WriteLine(new string('-', 60));
        foreach (var b in confidence.FieldReliability)
            o.WriteLine($"  [{b.Lower:0.0}, {b.Upper:0.0}{(b.Upper >= 1 ? "]" : ")")} {b.Count,8} | {Format.Percent(b.Count == 0 ? null : (double)b.Right / b.Count),9}");
    }

    private static string? Clip(string? text) => text is { Length: > 60 } ? text[..57] + "..." : text;
}

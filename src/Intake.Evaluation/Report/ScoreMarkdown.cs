using System.Globalization;
using System.Text;
using Intake.Evaluation.Scoring.Model;

namespace Intake.Evaluation.Report;

/// <summary>The README accuracy table: one row per corpus run, built from scores.json.</summary>
public static class ScoreMarkdown
{
    private static readonly string[] Columns =
        ["Corpus", "Date", "Page type", "Split F1", "Fields", "Attachment F1", "Routing", "Quarantine", "Pages/min", "OCR share"];

    public static string Header() =>
        "| " + string.Join(" | ", Columns) + " |\n|" + string.Concat(Columns.Select(_ => "---|")) + "\n";

    public static string Row(Scores scores, string corpusName, DateOnly date)
    {
        var s = scores.Summary;
        string[] cells =
        [
            corpusName.Replace("|", "\\|"), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Format.Percent(s.PageType), Format.Percent(s.SplitF1), Format.Percent(s.Fields), Format.Percent(s.AttachmentF1),
            Format.Percent(s.Routing), Format.Percent(s.Quarantine), Format.Number(s.PagesPerMinute), Format.Percent(s.OcrShare),
        ];
        return "| " + string.Join(" | ", cells) + " |\n";
    }

    /// <summary>Header and the corpus row: a ready-to-paste accuracy table.</summary>
    public static string Table(Scores scores, string corpusName, DateOnly date) => Header() + Row(scores, corpusName, date);

    /// <summary>A detailed section for one corpus: routing components, field accuracy per source kind and per key.</summary>
    public static string Section(Scores scores, string corpusName, DateOnly date)
    {
        var s = scores.Summary;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"### {corpusName} ({date:yyyy-MM-dd})\n\n");
        sb.Append(Table(scores, corpusName, date)).Append('\n');
        sb.Append("| Routing component | Score |\n|---|---|\n");
        foreach (var (name, value) in new (string, double?)[]
                 {
                     ("procedure", s.Procedure), ("gravity", s.Gravity), ("likely payer", s.LikelyPayer),
                     ("flags F1", s.FlagsF1), ("missing F1", s.MissingF1), ("complete date", s.CompleteDate),
                 })
            sb.Append(CultureInfo.InvariantCulture, $"| {name} | {Format.Percent(value)} |\n");
        if (scores.FieldsBySource is { Count: > 0 } bySource)
        {
            sb.Append("\n| Pages of the document | Fields | Count | Documents |\n|---|---|---|---|\n");
            foreach (var (kind, k) in SourceKindRows.InOrder(bySource))
                sb.Append(CultureInfo.InvariantCulture, $"| {kind} | {Format.Percent(k.Fields.Value)} | {Format.Count(k.Fields.Correct, k.Fields.Total)} | {k.Documents} |\n");
            sb.Append(CultureInfo.InvariantCulture, $"\n{char.ToUpperInvariant(SourceKindRows.Legend[0])}{SourceKindRows.Legend[1..]}.\n");
        }
        if (scores.Fields.PerKey.Count > 0)
        {
            sb.Append("\n| Field | Accuracy | Count |\n|---|---|---|\n");
            foreach (var (key, r) in scores.Fields.PerKey)
                sb.Append(CultureInfo.InvariantCulture, $"| `{key}` | {Format.Percent(r.Value)} | {Format.Count(r.Correct, r.Total)} |\n");
        }
        return sb.ToString();
    }
}

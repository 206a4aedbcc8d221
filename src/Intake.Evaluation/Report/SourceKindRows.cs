using Intake.Evaluation.Scoring;
using Intake.Evaluation.Scoring.Model;

namespace Intake.Evaluation.Report;

/// <summary>The per-source-kind rows shared by the console report and the Markdown section.</summary>
internal static class SourceKindRows
{
    public const string Legend =
        "born-digital: every page of the document is a PDF page with no picture covering it (text layer and/or form fields); " +
        "scanned: every page is a picture (image file or scanned PDF page); mixed: both; unknown: a file that could not be read";

    /// <summary>The known kinds in <see cref="SourceKind.All"/> order, then any other.</summary>
    public static IEnumerable<KeyValuePair<string, SourceKindScore>> InOrder(IReadOnlyDictionary<string, SourceKindScore> kinds) =>
        kinds.OrderBy(k => Rank(k.Key)).ThenBy(k => k.Key, StringComparer.Ordinal);

    private static int Rank(string kind) => SourceKind.All.ToList().IndexOf(kind) is var i and >= 0 ? i : int.MaxValue;
}

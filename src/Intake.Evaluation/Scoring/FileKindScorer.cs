using Intake.Evaluation.Scoring.Model;

namespace Intake.Evaluation.Scoring;

/// <summary>
/// Page type, split and field scores per file kind (the file's extension: pdf, tif, jpg, png…). Born-digital and
/// scanned PDFs cannot be told apart from the truth, so they share "pdf".
/// </summary>
public static class FileKindScorer
{
    public static SortedDictionary<string, FileKindScore> Score(IEnumerable<FilePair> files)
    {
        var byKind = new SortedDictionary<string, FileKindScore>(StringComparer.Ordinal);
        foreach (var group in files.GroupBy(f => KindOf(f.Truth.Path)))
        {
            var list = group.ToList();
            byKind[group.Key] = new FileKindScore(
                list.Count,
                list.Count(f => f.Truth.IsBroken),
                PageTypeScorer.Score(list).Overall,
                SplitScorer.Score(list),
                FieldScorer.Score(DocumentPairing.PairDocuments(list)).Overall);
        }
        return byKind;
    }

    public static string KindOf(string path)
    {
        var ext = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        return ext switch
        {
            "" => "(none)",
            "tiff" => "tif",
            "jpeg" => "jpg",
            _ => ext,
        };
    }
}

using Intake.Evaluation.Results;

namespace Intake.Evaluation.Truth;

/// <summary>
/// Builds the results a perfect pipeline would write for a truth set: truth dossier keys become dossier ids.
/// Used to check the scorer (it must give 1.0 everywhere) and as an oracle baseline.
/// </summary>
public static class TruthAsResults
{
    public static ResultsFile Convert(TruthSet truth, double wallSeconds = 60)
    {
        var files = truth.Files.Select(ToFile).ToList();
        int pages = files.Sum(f => f.Pages);
        return new ResultsFile
        {
            Files = files,
            Dossiers = truth.Dossiers.Select(ToDossier).ToList(),
            Timing = new Timing { WallSeconds = wallSeconds, Pages = pages, OcrPages = 0 },
        };
    }

    private static FileResult ToFile(TruthFile file) => new()
    {
        Path = file.Path,
        Status = file.IsBroken ? FileResult.Quarantined : FileResult.Processed,
        Error = file.IsBroken ? "Fichier illisible" : null,
        Pages = file.Documents.Count == 0 ? 0 : file.Documents.Max(d => d.Last),
        Documents = file.Documents.Select(d => new DocumentResult
        {
            Type = d.Type,
            Pages = [d.First, d.Last],
            Dossier = d.Dossier,
            Fields = d.Fields.ToDictionary(
                kv => kv.Key,
                kv => new FieldEntry { Value = kv.Value?.DeepClone(), Confidence = 1, Page = d.First, Bbox = null },
                StringComparer.Ordinal),
        }).ToList(),
    };

    private static DossierResult ToDossier(TruthDossier d) => new()
    {
        Id = d.Key,
        Gravity = new GravityResult { Outcome = d.Gravity ?? "unknown", Grounds = [.. d.Grounds] },
        Procedure = d.Procedure,
        LikelyPayer = d.LikelyPayer,
        Flags = [.. d.Flags],
        Missing = d.Missing.Select(m => new MissingItem { Item = m, Severity = "blocking" }).ToList(),
        Complete = d.CompleteDate is not null,
        CompleteDate = d.CompleteDate,
    };
}

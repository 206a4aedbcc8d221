using Intake.Evaluation.Results;

namespace Intake.Evaluation.Tests.Fixtures;

/// <summary>Edits of a results file, for "one thing wrong" tests.</summary>
internal static class ResultsBuilder
{
    public static ResultsFile ReplaceFile(this ResultsFile results, string path, Func<FileResult, FileResult> edit) =>
        results with { Files = results.Files.Select(f => f.Path == path ? edit(f) : f).ToList() };

    public static ResultsFile ReplaceDossier(this ResultsFile results, string id, Func<DossierResult, DossierResult> edit) =>
        results with { Dossiers = results.Dossiers.Select(d => d.Id == id ? edit(d) : d).ToList() };

    public static DocumentResult Doc(string type, int first, int last, string? dossier = null) =>
        new() { Type = type, Pages = [first, last], Dossier = dossier };
}

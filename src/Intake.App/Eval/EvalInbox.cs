using Intake.Pipeline.Ingestion;

namespace Intake.App.Eval;

/// <summary>One file of an evaluation inbox, with its receipt date (docs/evaluation.md: mail days in date order, names in order).</summary>
public sealed record EvalFile(string FullPath, string RelativePath, DateOnly ReceivedOn);

public static class EvalInbox
{
    public static IReadOnlyList<EvalFile> List(string inbox, DateOnly runDate)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        return Directory.EnumerateFiles(inbox, "*", options)
            .Select(p => (p, rel: Path.GetRelativePath(inbox, p).Replace('\\', '/')))
            .Where(x => !Path.GetFileName(x.rel).StartsWith('.'))
            .Select(x => new EvalFile(x.p, x.rel, ReceiptDate.For(x.rel, runDate)))
            .OrderBy(f => f.ReceivedOn)
            .ThenBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
    }
}

using System.Text;
using Intake.Evaluation.Truth;

namespace Intake.Integration.Tests;

/// <summary>The committed sample corpus and its truth (sample-docs/), as test material.</summary>
public static class SampleCorpus
{
    public static TruthSet Truth { get; } = TruthSet.Load(Repo.SampleTruth);

    public static string PathOf(TruthFile f) => Path.Combine(Repo.SampleInbox, f.Path);

    public static IEnumerable<TruthFile> Good => Truth.Files.Where(f => !f.IsBroken);
    public static IEnumerable<TruthFile> Broken => Truth.Files.Where(f => f.IsBroken);

    /// <summary>Page count according to the truth: the last page of the last document (blank pages included).</summary>
    public static int PageCount(TruthFile f) => f.Documents.Count == 0 ? 0 : f.Documents.Max(d => d.Last);

    /// <summary>Upper-case, accent-free letters and digits, single spaces: for "does the text contain this name".</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in Intake.Domain.Parsing.TextFolding.StripMarks(s))
        {
            sb.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : ' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

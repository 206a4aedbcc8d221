using Intake.Evaluation.Report;

namespace Intake.App.Cli;

/// <summary>
/// `intake accuracy-table --scores FILE --corpus NAME [--readme README.md]`: rewrites the README's accuracy
/// section (between the accuracy:begin / accuracy:end markers) from a scores.json written by `intake eval`.
/// scripts/accuracy-table runs the eval and this verb.
/// </summary>
public static class AccuracyTableCommand
{
    public const string Begin = "<!-- accuracy:begin -->";
    public const string End = "<!-- accuracy:end -->";

    public static Task<int> RunAsync(string[] argv)
    {
        var args = new Args(argv);
        var scoresPath = args.Get("--scores");
        var corpus = args.Get("--corpus");
        if (scoresPath is null || corpus is null)
        {
            Console.Error.WriteLine("usage: intake accuracy-table --scores scores.json --corpus NAME [--readme README.md]");
            return Task.FromResult(2);
        }
        var readme = args.Get("--readme") ?? "README.md";
        var text = File.ReadAllText(readme);
        int b = text.IndexOf(Begin, StringComparison.Ordinal), e = text.IndexOf(End, StringComparison.Ordinal);
        if (b < 0 || e < b)
        {
            Console.Error.WriteLine($"{readme}: markers {Begin} … {End} not found");
            return Task.FromResult(2);
        }
        var scores = ScoresFile.Load(scoresPath);
        var date = DateOnly.FromDateTime(File.GetLastWriteTime(scoresPath));
        var section = ScoreMarkdown.Section(scores, corpus, date).Replace("### ", "#### ");
        File.WriteAllText(readme, text[..(b + Begin.Length)] + "\n" + section + text[e..]);
        Console.WriteLine($"{readme}: accuracy section updated from {scoresPath}");
        return Task.FromResult(0);
    }
}

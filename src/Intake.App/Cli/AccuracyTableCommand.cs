using System.CommandLine;
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

    public static Command Verb()
    {
        var scores = CliOptions.File("--scores", "a scores.json written by intake eval", required: true);
        var corpus = new Option<string>("--corpus") { Description = "the corpus's name in the table", Required = true, HelpName = "NAME" };
        var readmeOption = CliOptions.File("--readme", "the README to rewrite (default README.md)");
        var command = new Command("accuracy-table", "rewrite the README's accuracy section from a scores.json") { scores, corpus, readmeOption };
        command.SetAction(r => Run(r.GetValue(scores)!, r.GetValue(corpus)!, r.GetValue(readmeOption) ?? "README.md"));
        return command;
    }

    public static int Run(string scoresPath, string corpus, string readme)
    {
        var text = File.ReadAllText(readme);
        int b = text.IndexOf(Begin, StringComparison.Ordinal), e = text.IndexOf(End, StringComparison.Ordinal);
        if (b < 0 || e < b)
        {
            Console.Error.WriteLine($"{readme}: markers {Begin} … {End} not found");
            return CliApp.UsageError;
        }
        var scores = ScoresFile.Load(scoresPath);
        var date = DateOnly.FromDateTime(File.GetLastWriteTime(scoresPath));
        var section = ScoreMarkdown.Section(scores, corpus, date).Replace("### ", "#### ");
        File.WriteAllText(readme, text[..(b + Begin.Length)] + "\n" + section + text[e..]);
        Console.WriteLine($"{readme}: accuracy section updated from {scoresPath}");
        return 0;
    }
}

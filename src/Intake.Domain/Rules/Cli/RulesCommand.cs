namespace Intake.Domain.Rules.Cli;

/// <summary>
/// The <c>intake rules</c> verb (docs/rules-cli.md): <c>--facts FILE</c> (one case) or
/// <c>--facts-lines FILE</c> (one case per line, one decision per output line). File reading is a delegate so
/// that the domain stays free of IO. Exit codes: 0 done; 2 invalid input or usage (one line on stderr, nothing
/// on stdout); 1 the file could not be read.
/// </summary>
public static class RulesCommand
{
    public const string Usage = "usage: intake rules --facts FILE.json | --facts-lines FILE.jsonl";

    /// <param name="defaultToday">The evaluation date for cases without <c>today</c> (the caller's clock); none when null.</param>
    public static int Run(string[] args, Func<string, string> readFile, TextWriter stdout, TextWriter stderr, DateOnly? defaultToday = null)
    {
        var rest = args.Length > 0 && args[0] == "rules" ? args[1..] : args;
        if (rest.Length != 2 || rest[0] is not ("--facts" or "--facts-lines"))
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        string text;
        try
        {
            text = readFile(rest[1]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"{rest[1]}: cannot read the file ({e.Message})".ReplaceLineEndings(" "));
            return 1;
        }

        var cases = new List<RuleCase>();
        if (rest[0] == "--facts")
        {
            if (!TryParse(text, null, stderr, cases)) return 2;
        }
        else
        {
            var lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(lines[i])) continue;
                if (!TryParse(lines[i], i + 1, stderr, cases)) return 2;
            }
        }

        var engine = new RulesEngine();
        foreach (var c in cases)
            stdout.WriteLine(RuleCaseJson.Format(engine.Decide(c.Today is null && defaultToday is not null ? c with { Today = defaultToday } : c)));
        return 0;
    }

    private static bool TryParse(string json, int? line, TextWriter stderr, List<RuleCase> cases)
    {
        try
        {
            cases.Add(RuleCaseJson.Parse(json));
            return true;
        }
        catch (RuleInputException e)
        {
            stderr.WriteLine(line is null ? e.Message : $"line {line}: {e.Message}");
            return false;
        }
    }
}

using System.Text.Json;
using Intake.Domain.Rules.Cli;

namespace Intake.Domain.Tests.Cli;

public class RulesCommandTests
{
    private static (int code, string stdout, string stderr) Run(string[] args, Dictionary<string, string> files)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = RulesCommand.Run(args, path => files.TryGetValue(path, out var text) ? text : throw new FileNotFoundException(path), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string OneLine(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Facts_file_gives_one_decision()
    {
        var (code, stdout, stderr) = Run(["--facts", "case.json"], new() { ["case.json"] = RuleCaseJsonTests.ContractExample });
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("grave", JsonDocument.Parse(line).RootElement.GetProperty("gravity").GetProperty("outcome").GetString());
    }

    [Fact]
    public void Facts_lines_gives_one_output_line_per_input_line()
    {
        string notGrave = RuleCaseJsonTests.ContractExample.Replace("\"expertise.aipp\": 25", "\"expertise.aipp\": 10")
            .Replace("\"taux\": 50", "\"taux\": 25");
        string lines = OneLine(RuleCaseJsonTests.ContractExample) + "\n" + OneLine(notGrave) + "\n";
        var (code, stdout, _) = Run(["rules", "--facts-lines", "cases.jsonl"], new() { ["cases.jsonl"] = lines });
        Assert.Equal(0, code);
        var outcomes = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("gravity").GetProperty("outcome").GetString()).ToList();
        Assert.Equal(["grave", "not_grave"], outcomes);
    }

    [Fact]
    public void Invalid_line_exits_2_with_the_key_and_nothing_on_stdout()
    {
        string lines = OneLine(RuleCaseJsonTests.ContractExample) + "\n" + "{\"receipt_date\": \"2026-01-05\", \"facts\": {\"victime.foo\": 1}}\n";
        var (code, stdout, stderr) = Run(["--facts-lines", "cases.jsonl"], new() { ["cases.jsonl"] = lines });
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal("line 2: victime.foo: unknown fact key (docs/fields.md)", stderr.Trim());
    }

    [Fact]
    public void Usage_errors_and_unreadable_files()
    {
        Assert.Equal(2, Run(["--facts"], []).code);
        Assert.Equal(2, Run(["--other", "x"], []).code);
        var (code, stdout, stderr) = Run(["--facts", "missing.json"], []);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("missing.json", stderr);
    }

    [Fact]
    public void Default_today_is_used_when_the_case_has_none()
    {
        string noToday = RuleCaseJsonTests.ContractExample.Replace("\"today\": \"2026-03-01\",", "");
        var stdout = new StringWriter();
        int code = RulesCommand.Run(["--facts", "c"], _ => noToday, stdout, new StringWriter(), new DateOnly(2026, 3, 1));
        Assert.Equal(0, code);
        Assert.NotEmpty(stdout.ToString());
    }
}

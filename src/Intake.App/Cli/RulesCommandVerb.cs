using System.CommandLine;
using Intake.Domain.Rules.Cli;

namespace Intake.App.Cli;

/// <summary>
/// `intake rules --facts FILE | --facts-lines FILE` (docs/rules-cli.md): the pure engine, no database. Parsing of the
/// command line is System.CommandLine's; the cases and the output are the domain's RulesCommand (exit 2 with one
/// line on stderr for invalid input, nothing on stdout).
/// </summary>
public static class RulesCommandVerb
{
    public static Command Verb()
    {
        var facts = CliOptions.File("--facts", "one case (a JSON object): one decision");
        var lines = CliOptions.File("--facts-lines", "one case per line (JSON Lines): one decision per output line");
        var command = new Command("rules", "evaluate the rules engine on a dossier's facts (docs/rules-cli.md)") { facts, lines };
        command.Validators.Add(r =>
        {
            if ((r.GetResult(facts) is null) == (r.GetResult(lines) is null)) r.AddError("give exactly one of --facts FILE or --facts-lines FILE");
        });
        command.SetAction(r => Run(r.GetValue(facts) is { } one ? ["--facts", one] : ["--facts-lines", r.GetValue(lines)!]));
        return command;
    }

    private static int Run(string[] args)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        var code = RulesCommand.Run(args, File.ReadAllText, stdout, Console.Error, DateOnly.FromDateTime(DateTime.Now));
        stdout.Flush();
        return code;
    }
}

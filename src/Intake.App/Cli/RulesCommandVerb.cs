using Intake.Domain.Rules.Cli;

namespace Intake.App.Cli;

/// <summary>`intake rules --facts FILE | --facts-lines FILE` (docs/rules-cli.md): the pure engine, no database.</summary>
public static class RulesCommandVerb
{
    public static Task<int> RunAsync(string[] args)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        var code = RulesCommand.Run(args, File.ReadAllText, stdout, Console.Error, DateOnly.FromDateTime(DateTime.Now));
        stdout.Flush();
        return Task.FromResult(code);
    }
}

namespace Intake.App.Cli;

/// <summary>Minimal "--name value" / "--flag" parsing for the CLI verbs.</summary>
public sealed class Args(string[] args)
{
    public string? Get(string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public bool Has(string name) => args.Contains(name);

    public int GetInt(string name, int fallback) => int.TryParse(Get(name), out var v) ? v : fallback;

    public string Require(string name) => Get(name) ?? throw new CliUsageException($"missing {name}");
}

public sealed class CliUsageException(string message) : Exception(message);

namespace Intake.Domain.Rules.Cli;

/// <summary>Invalid input for the rules CLI: bad JSON, an unknown key, or a value of the wrong format. One line, naming the key.</summary>
public sealed class RuleInputException(string key, string problem)
    : Exception($"{key}: {problem}".ReplaceLineEndings(" "))
{
    /// <summary>The offending key (a path such as <c>facts.expertise.aipp</c> or <c>documents[1].received</c>).</summary>
    public string Key { get; } = key;
}

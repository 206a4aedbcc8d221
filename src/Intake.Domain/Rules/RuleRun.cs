using Intake.Domain.Facts;

namespace Intake.Domain.Rules;

/// <summary>What the rules produce while they run: flags, tasks and the trail, in evaluation order.</summary>
internal sealed class RuleRun
{
    private readonly SortedSet<string> _flags = new(StringComparer.Ordinal);
    private readonly List<DecisionTask> _tasks = [];
    private readonly List<TrailEntry> _trail = [];

    public IReadOnlyCollection<string> Flags => _flags;
    public IReadOnlyList<DecisionTask> Tasks => _tasks;
    public IReadOnlyList<TrailEntry> Trail => _trail;

    public void Flag(string code) => _flags.Add(code);

    public void Task(string code, string? detail) => _tasks.Add(new DecisionTask(code, detail));

    /// <summary>Adds a trail entry under the rule's catalogue code and legal source (<see cref="RuleCatalog"/>).</summary>
    public void Record(RuleDefinition rule, string outcome, string explanation, params IEnumerable<TrailInput?> inputs) =>
        _trail.Add(new TrailEntry(rule.Code, rule.Source, outcome, inputs.OfType<TrailInput>().ToList(), explanation));

    /// <summary>Adds LOW_CONFIDENCE_INPUT when some rule rested on a low-confidence value.</summary>
    public void FlagLowConfidenceInputs()
    {
        if (_trail.Any(t => t.Inputs.Any(i => i.LowConfidence))) Flag(FlagCodes.LowConfidenceInput);
    }

    public static TrailInput? In(Fact? fact) => fact is null ? null : TrailInput.Of(fact);

    public static TrailInput Derived(string key, object? value) => new(key, value);
}

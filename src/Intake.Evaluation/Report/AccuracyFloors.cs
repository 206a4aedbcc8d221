using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring.Model;

namespace Intake.Evaluation.Report;

/// <summary>
/// Floors (and ceilings) on the summary scores of one corpus, kept in the repository so that a change that reads
/// mail worse fails the tests. The file names summary figures as <c>scores.json</c> does:
/// <c>{"floors": {"page_type": 0.85, "split_f1": 0.8}, "ceilings": {"confident_errors": 0.05}}</c>.
/// Floors are raised as results improve, never lowered.
/// </summary>
public sealed record AccuracyFloors(IReadOnlyDictionary<string, double> Floors, IReadOnlyDictionary<string, double> Ceilings)
{
    public static AccuracyFloors Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })
            as JsonObject ?? throw new InvalidDataException($"{path}: an object is expected");
        return new AccuracyFloors(Read(root, "floors", path), Read(root, "ceilings", path));
    }

    private static Dictionary<string, double> Read(JsonObject root, string name, string path)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (root[name] is not JsonObject o) return result;
        foreach (var (key, value) in o)
            result[key] = value?.GetValue<double>() ?? throw new InvalidDataException($"{path}: {name}.{key} has no value");
        return result;
    }

    /// <summary>One line per figure below its floor or above its ceiling (empty when all hold).</summary>
    public IReadOnlyList<string> Violations(Summary summary)
    {
        var figures = JsonSerializer.SerializeToNode(summary, ResultsJson.Options)!.AsObject();
        var violations = new List<string>();
        foreach (var (key, floor) in Floors)
            Check(key, figures, v => v < floor - 1e-9, v => $"{key} {v:0.0000} is below its floor {floor:0.0000}", violations);
        foreach (var (key, ceiling) in Ceilings)
            Check(key, figures, v => v > ceiling + 1e-9, v => $"{key} {v:0.0000} is above its ceiling {ceiling:0.0000}", violations);
        return violations;
    }

    private static void Check(string key, JsonObject figures, Func<double, bool> fails, Func<double, string> message, List<string> violations)
    {
        if (!figures.ContainsKey(key)) { violations.Add($"{key}: no such summary figure"); return; }
        if (figures[key] is not JsonValue v || !v.TryGetValue<double>(out var value)) { violations.Add($"{key}: not measured"); return; }
        if (fails(value)) violations.Add(message(value));
    }
}

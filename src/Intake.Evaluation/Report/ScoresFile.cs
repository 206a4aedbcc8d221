using System.Text.Json;
using Intake.Evaluation.Results;
using Intake.Evaluation.Scoring.Model;

namespace Intake.Evaluation.Report;

/// <summary>Reads and writes <c>scores.json</c> (snake_case, the same JSON settings as results.json).</summary>
public static class ScoresFile
{
    public const string FileName = "scores.json";

    public static string ToJson(Scores scores) => JsonSerializer.Serialize(scores, ResultsJson.Options);

    public static Scores FromJson(string json) =>
        JsonSerializer.Deserialize<Scores>(json, ResultsJson.Options) ?? throw new JsonException("scores.json is empty (null)");

    public static void Save(Scores scores, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, ToJson(scores));
        File.Move(tmp, path, overwrite: true);
    }

    public static Scores Load(string path) => FromJson(File.ReadAllText(path));
}

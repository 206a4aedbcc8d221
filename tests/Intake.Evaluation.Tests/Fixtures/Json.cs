using System.Text.Json.Nodes;

namespace Intake.Evaluation.Tests.Fixtures;

/// <summary>Short hand for JSON values in tests.</summary>
internal static class Json
{
    public static JsonNode? Parse(string json) => JsonNode.Parse(json);

    public static Dictionary<string, JsonNode?> Fields(params (string Key, string Json)[] fields) =>
        fields.ToDictionary(f => f.Key, f => JsonNode.Parse(f.Json), StringComparer.Ordinal);
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Evaluation.Results;

/// <summary>
/// The JSON settings shared by <c>results.json</c> and <c>scores.json</c>: snake_case property names as in
/// docs/evaluation.md, dictionary keys (field keys such as <c>victime.nom</c>) kept as they are,
/// nulls written, indented, non-ASCII letters written as themselves (French text stays readable).
/// </summary>
public static class ResultsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}

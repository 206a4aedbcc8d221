using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Intake.Domain.Facts;
using Intake.Domain.Fields;

namespace Intake.Domain.Rules.Json;

/// <summary>
/// The decision as it is printed by <c>intake rules</c>, stored in <c>dossier.decision</c> and read back by the
/// dashboard and <c>intake eval</c> (docs/rules-cli.md, "Output"): one record type, serialised by System.Text.Json
/// source generation (<see cref="DecisionJsonContext"/>). <see cref="Write(Decision)"/> and <see cref="Parse"/> are
/// the only codec; lists are sorted and hold each code once.
/// </summary>
public sealed record DecisionJson
{
    public GravityJson Gravity { get; init; } = new();
    public string? Procedure { get; init; }
    public string? LikelyPayer { get; init; }
    public IReadOnlyList<string> Flags { get; init; } = [];
    public IReadOnlyList<string> Tasks { get; init; } = [];
    public IReadOnlyList<MissingJson> Missing { get; init; } = [];
    public bool Complete { get; init; }
    /// <summary><c>YYYY-MM-DD</c> or null.</summary>
    public string? CompleteDate { get; init; }
    /// <summary><c>YYYY-MM-DD</c> or null.</summary>
    public string? AvisDue { get; init; }
    public string? RuleSetVersion { get; init; }
    public IReadOnlyList<TrailJson> Trail { get; init; } = [];

    private static readonly JsonSerializerOptions Options = new(DecisionJsonContext.Default.Options)
    {
        // French explanations and names stay readable (UTF-8), as docs/rules-cli.md says.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON record of a decision, in the order and formats of docs/rules-cli.md.</summary>
    public static DecisionJson From(Decision d) => new()
    {
        Gravity = new GravityJson { Outcome = d.Gravity.Outcome, Grounds = Sorted(d.Gravity.Grounds) },
        Procedure = d.Procedure,
        LikelyPayer = d.LikelyPayer,
        Flags = Sorted(d.Flags),
        Tasks = d.DistinctTaskCodes,
        Missing = d.Missing.OrderBy(m => m.Item, StringComparer.Ordinal).Select(m => new MissingJson { Item = m.Item, Severity = m.Severity }).ToList(),
        Complete = d.Complete,
        CompleteDate = d.CompleteDate is { } c ? FieldValueJson.FormatDate(c) : null,
        AvisDue = d.AvisDue is { } a ? FieldValueJson.FormatDate(a) : null,
        RuleSetVersion = d.RuleSetVersion,
        Trail = d.Trail.Select(TrailJson.From).ToList(),
    };

    /// <summary>One decision as one line of JSON.</summary>
    public static string Write(Decision decision) => From(decision).ToJson();

    public string ToJson() => JsonSerializer.Serialize(this, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<DecisionJson>)Options.GetTypeInfo(typeof(DecisionJson)));

    /// <summary>Reads a stored or printed decision; members that are absent keep their empty defaults.</summary>
    /// <exception cref="JsonException">not a JSON object of this shape.</exception>
    public static DecisionJson Parse(string json) =>
        (JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<DecisionJson>)Options.GetTypeInfo(typeof(DecisionJson)))
         ?? throw new JsonException("the decision is null")).WithoutNulls();

    // An absent (or null) list or object is set to null by the generated initialiser: give it its empty default.
    private DecisionJson WithoutNulls() => this with
    {
        Gravity = Gravity is null ? new GravityJson() : Gravity with { Outcome = Gravity.Outcome ?? Outcomes.Unknown, Grounds = Gravity.Grounds ?? [] },
        Flags = Flags ?? [],
        Tasks = Tasks ?? [],
        Missing = Missing ?? [],
        Trail = (Trail ?? []).Select(t => t with { Inputs = t.Inputs ?? new Dictionary<string, TrailInputJson>() }).ToList(),
    };

    private static List<string> Sorted(IEnumerable<string> codes) => codes.Distinct().Order(StringComparer.Ordinal).ToList();
}

/// <summary><c>{"outcome": "grave" | "not_grave" | "unknown", "grounds": [R-GRAV-* codes]}</c>.</summary>
public sealed record GravityJson
{
    public string Outcome { get; init; } = Outcomes.Unknown;
    public IReadOnlyList<string> Grounds { get; init; } = [];
}

/// <summary>A missing item and its severity (<c>blocking</c> or <c>to_request</c>).</summary>
public sealed record MissingJson
{
    public string Item { get; init; } = "";
    public string Severity { get; init; } = Outcomes.Blocking;
}

/// <summary>One trail entry: rule code, legal source, outcome, inputs by key, French explanation.</summary>
public sealed record TrailJson
{
    public string Rule { get; init; } = "";
    public string Source { get; init; } = "";
    public string Outcome { get; init; } = "";
    public IReadOnlyDictionary<string, TrailInputJson> Inputs { get; init; } = new Dictionary<string, TrailInputJson>();
    public string Explanation { get; init; } = "";

    public static TrailJson From(TrailEntry t)
    {
        var inputs = new Dictionary<string, TrailInputJson>(StringComparer.Ordinal);
        foreach (var input in t.Inputs.DistinctBy(i => i.Key))
            inputs[input.Key] = new TrailInputJson(FieldValueJson.ToNode(input.Value), InputSourceJson.From(input.Provenance, input.LowConfidence));
        return new TrailJson { Rule = t.Rule, Source = t.Source, Outcome = t.Outcome, Inputs = inputs, Explanation = t.Explanation };
    }
}

/// <summary>
/// One input of a rule: its value in the formats of docs/fields.md, and where it came from when known. Written as
/// the bare value when the origin is unknown, else as <c>{"value": …, "source": {…}}</c> (<see cref="TrailInputJsonConverter"/>).
/// </summary>
[JsonConverter(typeof(TrailInputJsonConverter))]
public sealed record TrailInputJson(JsonNode? Value, InputSourceJson? Source);

/// <summary>Where an input came from: a document (id, type, page, box, confidence) or a reviewer (who, when, why).</summary>
public sealed record InputSourceJson
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Reviewer { get; init; }
    /// <summary>ISO 8601 timestamp of the reviewer's correction.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? At { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Why { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Document { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Type { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? Page { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double[]? Bbox { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? Confidence { get; init; }
    /// <summary>Present (true) only when the value was read below the rule set's confidence threshold.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public bool? LowConfidence { get; init; }

    [JsonIgnore] public bool IsReviewer => Reviewer is not null;

    public static InputSourceJson? From(Provenance? p, bool lowConfidence) => p switch
    {
        null => null,
        { IsReviewer: true } => new()
        {
            Reviewer = p.Reviewer,
            At = p.ReviewedAt?.ToString("O", CultureInfo.InvariantCulture),
            Why = p.Reason,
        },
        _ => new()
        {
            Document = p.DocumentId,
            Type = p.DocumentType,
            Page = p.Page,
            Bbox = p.Box?.ToArray(),
            Confidence = p.Confidence is { } c ? Math.Round(c, 3) : null,
            LowConfidence = lowConfidence ? true : null,
        },
    };
}

/// <summary>The System.Text.Json source-generated metadata of <see cref="DecisionJson"/> (snake_case members).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DecisionJson))]
[JsonSerializable(typeof(InputSourceJson))]
[JsonSerializable(typeof(JsonNode))]
public sealed partial class DecisionJsonContext : JsonSerializerContext;

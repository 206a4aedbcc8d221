using System.Text.Json.Nodes;

namespace Intake.Evaluation.Results;

/// <summary>A dossier as the pipeline left it at the end of the run.</summary>
public sealed record DossierResult
{
    public string Id { get; init; } = "";

    /// <summary>The dossier's facts by canonical key (raw JSON values in docs/fields.md formats).</summary>
    public Dictionary<string, JsonNode?> Facts { get; init; } = [];

    public GravityResult Gravity { get; init; } = new();

    /// <summary><c>reglement_amiable</c>, <c>conciliation</c> or null.</summary>
    public string? Procedure { get; init; }

    /// <summary><c>assureur</c>, <c>oniam</c>, <c>fonds_garantie</c> or null.</summary>
    public string? LikelyPayer { get; init; }

    public List<string> Flags { get; init; } = [];
    public List<string> Tasks { get; init; } = [];
    public List<MissingItem> Missing { get; init; } = [];
    public bool Complete { get; init; }

    /// <summary>YYYY-MM-DD or null.</summary>
    public string? CompleteDate { get; init; }

    /// <summary>YYYY-MM-DD or null.</summary>
    public string? AvisDue { get; init; }
}

/// <summary>The gravity outcome (<c>grave</c>, <c>not_grave</c>, <c>unknown</c>) and the rule IDs that hold.</summary>
public sealed record GravityResult
{
    public string Outcome { get; init; } = "unknown";
    public List<string> Grounds { get; init; } = [];
}

/// <summary>A missing piece or field: a document-type code or a field key, with <c>blocking</c> or <c>to_request</c>.</summary>
public sealed record MissingItem
{
    public string Item { get; init; } = "";
    public string Severity { get; init; } = "blocking";
}

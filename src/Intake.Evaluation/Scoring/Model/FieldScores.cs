namespace Intake.Evaluation.Scoring.Model;

/// <summary>Field accuracy overall, per key and per truth document type, with the first wrong fields.</summary>
public sealed record FieldScores(
    Ratio Overall,
    SortedDictionary<string, Ratio> PerKey,
    SortedDictionary<string, Ratio> PerDocumentType,
    int WrongCount,
    IReadOnlyList<WrongField> Wrong);

/// <summary>A truth field the prediction got wrong. <see cref="Got"/> is null when no value was output (JSON text otherwise).</summary>
public sealed record WrongField(string File, string Document, string Key, string? Expected, string? Got);

namespace Intake.Evaluation.Scoring.Model;

/// <summary>Field accuracy over the truth documents of one source kind (born-digital, scanned, mixed, unknown).</summary>
public sealed record SourceKindScore(int Documents, Ratio Fields);

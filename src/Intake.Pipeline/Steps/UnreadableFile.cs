namespace Intake.Pipeline.Steps;

/// <summary>Why a file goes to quarantine: a short code and a French reason a secretary understands.</summary>
public sealed record UnreadableFile(string Code, string ReasonFr);

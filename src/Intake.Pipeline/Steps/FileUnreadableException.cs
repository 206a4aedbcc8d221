namespace Intake.Pipeline.Steps;

/// <summary>Thrown by a stage when a file cannot be read at all; the file goes to quarantine with the reason.</summary>
public sealed class FileUnreadableException(string code, string reasonFr, Exception? inner = null)
    : Exception($"unreadable file: {code}", inner)
{
    public string Code { get; } = code;
    public string ReasonFr { get; } = reasonFr;
}

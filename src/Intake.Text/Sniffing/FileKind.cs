namespace Intake.Text.Sniffing;

/// <summary>The real kind of a file, from its first bytes (never from its extension).</summary>
public enum FileKind
{
    Unknown,
    Pdf,
    Tiff,
    Jpeg,
    Png,
}

/// <summary>What validation learnt about a readable file.</summary>
/// <param name="Kind">Real kind from magic bytes.</param>
/// <param name="PageCount">Pages (PDF pages or TIFF directories; 1 for JPEG/PNG).</param>
public sealed record SniffResult(FileKind Kind, int PageCount);

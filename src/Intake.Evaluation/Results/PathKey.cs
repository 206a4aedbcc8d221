namespace Intake.Evaluation.Results;

/// <summary>The one spelling of an inbox-relative path used to pair results with truth: '/' separators, no leading "./".</summary>
public static class PathKey
{
    public static string Normalize(string path)
    {
        var p = path.Replace('\\', '/').Trim();
        while (p.StartsWith("./", StringComparison.Ordinal)) p = p[2..];
        return p.TrimStart('/');
    }
}

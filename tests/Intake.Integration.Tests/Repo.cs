namespace Intake.Integration.Tests;

/// <summary>Paths in the repository (found by walking up to Intake.sln).</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string SampleInbox => Path.Combine(Root, "sample-docs", "inbox");
    public static string SampleTruth => Path.Combine(Root, "sample-docs", "truth");
    public static string Models => Path.Combine(Root, "models");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Intake.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    public static string TempDir(string prefix)
    {
        var d = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(d);
        return d;
    }
}

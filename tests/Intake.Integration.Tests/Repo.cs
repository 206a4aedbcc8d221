namespace Intake.Integration.Tests;

/// <summary>Paths in the repository (found by walking up to Intake.sln).</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string SampleInbox => Path.Combine(Root, "sample-docs", "inbox");
    public static string SampleTruth => Path.Combine(Root, "sample-docs", "truth");
    public static string Models => Path.Combine(Root, "models");

    private static string Find([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        // The binaries may be built out of tree (INTAKE_BUILD_ROOT): the source file's own path is the last resort.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(sourceFile) ?? "/" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
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

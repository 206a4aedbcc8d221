namespace Intake.TestSupport;

/// <summary>Paths in the repository (found by walking up to Intake.sln).</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string SampleInbox => Path.Combine(Root, "sample-docs", "inbox");
    public static string SampleTruth => Path.Combine(Root, "sample-docs", "truth");
    public static string Models => Path.Combine(Root, "models");

    /// <summary>From the binaries or the working folder, else from this source file (out-of-tree builds: INTAKE_BUILD_ROOT).</summary>
    private static string Find([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(source) ?? "/" })
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

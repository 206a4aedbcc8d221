using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Intake.Domain.Rules;

namespace Intake.Domain.Tests;

/// <summary>The domain stays pure: no package, no assembly outside the shared framework, no file IO, no clock.</summary>
public class PurityTests
{
    private static readonly string RepoRoot = FindRepoRoot();
    private static readonly string DomainDir = Path.Combine(RepoRoot, "src", "Intake.Domain");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Intake.sln"))) return dir.FullName;
        // out-of-tree builds (INTAKE_BUILD_ROOT): fall back to the source tree this file was compiled from
        for (var dir = new DirectoryInfo(SourceDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Intake.sln"))) return dir.FullName;
        throw new InvalidOperationException("Intake.sln not found above the test assembly or its sources");
    }

    private static readonly Regex Forbidden =
        new(@"\bFile\.|\bDirectory\.|DateTime\.Now|DateTime\.UtcNow|DateTime\.Today|DateTimeOffset\.(Utc)?Now|TimeProvider\.System");

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [Fact]
    public void Domain_project_has_no_package_reference()
    {
        var project = XDocument.Load(Path.Combine(DomainDir, "Intake.Domain.csproj"));
        Assert.DoesNotContain(project.Descendants(), e => e.Name.LocalName is "PackageReference" or "ProjectReference");
    }

    [Fact]
    public void Domain_assembly_references_only_the_shared_framework()
    {
        var names = typeof(RulesEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.True(
            n.StartsWith("System", StringComparison.Ordinal) || n.StartsWith("Microsoft.Win32", StringComparison.Ordinal) ||
            n is "netstandard" or "mscorlib",
            $"Intake.Domain references {n}"));
    }

    [Fact]
    public void Domain_sources_use_no_file_io_and_no_clock()
    {
        var sources = Directory.EnumerateFiles(DomainDir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.NotEmpty(sources);
        var offenders = sources
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => Forbidden.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepoRoot, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Source_scan_would_catch_a_clock_call()
    {
        // guards the guard: the pattern really matches what it forbids, and not the Documents contracts
        Assert.Matches(Forbidden, "var t = DateTime.Now;");
        Assert.Matches(Forbidden, "var t = DateTimeOffset.UtcNow;");
        Assert.Matches(Forbidden, "File.ReadAllText(p)");
        Assert.DoesNotMatch(Forbidden, "new FileText(pages, fields).Pages");
    }
}

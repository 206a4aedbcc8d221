namespace Intake.Domain.Tests.Specification;

/// <summary>Reads the repository's docs/ tables and source files for the specification tests.</summary>
internal static class SpecDocs
{
    public static readonly string RepoRoot = FindRepoRoot();

    /// <summary>Every table row of a Markdown file (header and separator rows left out), as trimmed cells.</summary>
    public static IReadOnlyList<string[]> Rows(string path) =>
        File.ReadLines(path)
            .Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => SplitCells(l.Trim().Trim('|')))
            .Where(cells => cells.Length > 1 && cells[0] is not ("key" or "code" or "citation" or "kind" or "member" or "type" or "term"))
            .ToList();

    public static bool IsCode(string cell) => cell.Length > 2 && cell[0] == '`' && cell[^1] == '`' && !cell[1..^1].Contains('`');

    public static string Unquote(string cell) => cell.Trim('`');

    /// <summary>The .cs, .cshtml, .sql and shell files under a top-level folder, build output left out.</summary>
    public static IEnumerable<string> Sources(string folder)
    {
        var root = Path.Combine(RepoRoot, folder);
        var sep = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}obj{sep}") && !f.Contains($"{sep}bin{sep}"))
            .Where(f => Path.GetExtension(f) is ".cs" or ".cshtml" or ".sql" or ".sh" or "" or ".md");
    }

    // "\|" inside a cell is a literal bar, not a separator.
    private static string[] SplitCells(string line) =>
        line.Replace("\\|", "\u0001").Split('|').Select(c => c.Replace('\u0001', '|').Trim()).ToArray();

    private static string FindRepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "/" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Intake.sln"))) return dir.FullName;
        throw new InvalidOperationException("Intake.sln not found");
    }
}

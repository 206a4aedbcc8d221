using Intake.Evaluation.Results;

namespace Intake.Evaluation.Truth;

/// <summary>
/// The answers for a corpus: <c>truth/files/&lt;relative path&gt;.json</c> for every inbox file and
/// <c>truth/dossiers.json</c> (docs/evaluation.md).
/// </summary>
public sealed record TruthSet(IReadOnlyList<TruthFile> Files, IReadOnlyList<TruthDossier> Dossiers)
{
    public const string FilesFolder = "files";
    public const string DossiersFile = "dossiers.json";

    public static TruthSet Load(string truthDir)
    {
        if (!Directory.Exists(truthDir)) throw new DirectoryNotFoundException($"truth folder not found: {truthDir}");
        var filesDir = Path.Combine(truthDir, FilesFolder);
        var files = Directory.Exists(filesDir)
            ? Directory.EnumerateFiles(filesDir, "*.json", SearchOption.AllDirectories)
                .Select(p => (Rel: PathKey.Normalize(Path.GetRelativePath(filesDir, p))[..^".json".Length], Full: p))
                .OrderBy(x => x.Rel, StringComparer.Ordinal)
                .Select(x => TruthJson.ParseFile(x.Rel, File.ReadAllText(x.Full)))
                .ToList()
            : [];
        var dossiersPath = Path.Combine(truthDir, DossiersFile);
        var dossiers = File.Exists(dossiersPath) ? TruthJson.ParseDossiers(File.ReadAllText(dossiersPath)) : [];
        return new TruthSet(files, dossiers);
    }

    /// <summary>Writes the truth folder (used by the corpus generator and by tests).</summary>
    public void Save(string truthDir)
    {
        foreach (var file in Files)
        {
            var path = Path.Combine(truthDir, FilesFolder, PathKey.Normalize(file.Path) + ".json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, TruthJson.FileToJson(file));
        }
        Directory.CreateDirectory(truthDir);
        File.WriteAllText(Path.Combine(truthDir, DossiersFile), TruthJson.DossiersToJson(Dossiers));
    }
}

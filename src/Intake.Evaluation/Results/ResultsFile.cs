using System.Text.Json;

namespace Intake.Evaluation.Results;

/// <summary>The whole <c>results.json</c> of an eval run (docs/evaluation.md).</summary>
public sealed record ResultsFile
{
    public const string FileName = "results.json";

    public List<FileResult> Files { get; init; } = [];
    public List<DossierResult> Dossiers { get; init; } = [];
    public Timing Timing { get; init; } = new();

    public string ToJson() => JsonSerializer.Serialize(this, ResultsJson.Options);

    /// <summary>Parses a results document; absent lists become empty, so a partial file can still be scored.</summary>
    public static ResultsFile FromJson(string json)
    {
        var parsed = JsonSerializer.Deserialize<ResultsFile>(json, ResultsJson.Options)
            ?? throw new JsonException("results.json is empty (null)");
        return parsed.WithoutNulls();
    }

    /// <summary>Writes the file (creating its folder), atomically: a temporary file then a rename.</summary>
    public void Save(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, ToJson());
        File.Move(tmp, path, overwrite: true);
    }

    public static ResultsFile Load(string path) => FromJson(File.ReadAllText(path));

    // JSON "null" for a list or an object bypasses the initialisers: replace those by empty values.
    private ResultsFile WithoutNulls() => this with
    {
        Files = (Files ?? []).Select(f => f with
        {
            Path = PathKey.Normalize(f.Path ?? ""),
            Status = f.Status ?? FileResult.Processed,
            Documents = (f.Documents ?? []).Select(d => d with
            {
                Type = d.Type ?? "",
                Pages = d.Pages ?? [],
                Fields = d.Fields ?? [],
            }).ToList(),
        }).ToList(),
        Dossiers = (Dossiers ?? []).Select(d => d with
        {
            Id = d.Id ?? "",
            Facts = d.Facts ?? [],
            Gravity = d.Gravity ?? new GravityResult(),
            Flags = d.Flags ?? [],
            Tasks = d.Tasks ?? [],
            Missing = d.Missing ?? [],
        }).ToList(),
        Timing = Timing ?? new Timing(),
    };
}

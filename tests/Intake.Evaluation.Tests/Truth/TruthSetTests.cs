using Intake.Evaluation.Tests.Fixtures;
using Intake.Evaluation.Truth;

namespace Intake.Evaluation.Tests.Truth;

public sealed class TruthSetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("intake-truth-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string relative, string json)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
    }

    [Fact]
    public void Files_are_read_under_their_inbox_relative_path()
    {
        Write("files/2026-01-05/scan_0001.pdf.json",
            """{"documents": [{"type": "demande_indemnisation", "pages": [1, 4], "dossier": "D01", "fields": {"victime.nom": "DUPONT", "prejudice.aipp": 15}}]}""");
        Write("files/top.tif.json", """{"status": "quarantined", "documents": []}""");
        Write("dossiers.json", "[]");

        var truth = TruthSet.Load(_dir);

        Assert.Equal(["2026-01-05/scan_0001.pdf", "top.tif"], truth.Files.Select(f => f.Path));
        var doc = Assert.Single(truth.Files[0].Documents);
        Assert.Equal(("demande_indemnisation", 1, 4, "D01"), (doc.Type, doc.First, doc.Last, doc.Dossier));
        Assert.Equal(15, doc.Fields["prejudice.aipp"]!.GetValue<int>());
        Assert.False(truth.Files[0].IsBroken);
        Assert.True(truth.Files[1].IsBroken);
    }

    [Fact]
    public void Dossiers_are_read_as_in_the_contract_and_in_looser_shapes()
    {
        Write("dossiers.json", """
            [
              {"key": "D01", "procedure": "reglement_amiable", "gravity": "grave", "grounds": ["R-GRAV-AIPP"], "likely_payer": "oniam",
               "flags": ["NOT_CONSOLIDATED"], "missing": ["piece_identite"], "complete_date": null},
              {"key": "D02", "procedure": null, "gravity": {"outcome": "unknown", "grounds": []}, "likely_payer": null,
               "flags": [], "missing": [{"item": "victime.nir", "severity": "to_request"}], "complete_date": "2026-03-02"}
            ]
            """);

        var truth = TruthSet.Load(_dir);

        Assert.Empty(truth.Files);
        var (d1, d2) = (truth.Dossiers[0], truth.Dossiers[1]);
        Assert.Equal(("D01", "grave", "oniam", (string?)null), (d1.Key, d1.Gravity, d1.LikelyPayer, d1.CompleteDate));
        Assert.Equal(["R-GRAV-AIPP"], d1.Grounds);
        Assert.Equal(["piece_identite"], d1.Missing);
        Assert.Equal(("unknown", (string?)null, "2026-03-02"), (d2.Gravity, d2.Procedure, d2.CompleteDate));
        Assert.Equal(["victime.nir"], d2.Missing);
    }

    [Fact]
    public void Save_then_load_gives_the_same_truth()
    {
        var original = SampleCorpus.Truth();
        original.Save(_dir);

        var loaded = TruthSet.Load(_dir);

        Assert.Equal(original.Files.Select(TruthJson.FileToJson), loaded.Files.Select(TruthJson.FileToJson));
        Assert.Equal(TruthJson.DossiersToJson(original.Dossiers), TruthJson.DossiersToJson(loaded.Dossiers));
    }

    [Fact]
    public void A_missing_truth_folder_is_reported() =>
        Assert.Throws<DirectoryNotFoundException>(() => TruthSet.Load(Path.Combine(_dir, "nope")));
}

using System.Text.Json.Nodes;
using Intake.Evaluation.Results;
using Intake.Evaluation.Tests.Fixtures;

namespace Intake.Evaluation.Tests.Results;

public class ResultsFileTests
{
    private const string ContractExample = """
        {
          "files": [
            {
              "path": "2026-01-05/scan_0001.pdf",
              "status": "processed",
              "error": null,
              "pages": 7,
              "documents": [
                {
                  "type": "demande_indemnisation",
                  "pages": [1, 4],
                  "dossier": "CCI-2026-000123",
                  "fields": {
                    "victime.nom": {"value": "DUPONT", "confidence": 0.93, "page": 1, "bbox": [72.0, 640.5, 190.2, 655.0]},
                    "prejudice.arret_periodes": {"value": [{"debut": "2021-03-01", "fin": "2021-10-15"}], "confidence": 0.81, "page": 3, "bbox": null}
                  }
                }
              ]
            }
          ],
          "dossiers": [
            {
              "id": "CCI-2026-000123",
              "facts": {"victime.nom": "DUPONT", "expertise.aipp": 30},
              "gravity": {"outcome": "grave", "grounds": ["R-GRAV-AIPP"]},
              "procedure": "reglement_amiable",
              "likely_payer": "oniam",
              "flags": ["NOT_CONSOLIDATED"],
              "tasks": ["NOTIFY_CAISSE"],
              "missing": [{"item": "piece_identite", "severity": "blocking"}],
              "complete": false,
              "complete_date": null,
              "avis_due": null
            }
          ],
          "timing": {"wall_seconds": 312.4, "pages": 220, "ocr_pages": 140}
        }
        """;

    [Fact]
    public void The_contract_example_is_read_field_by_field()
    {
        var r = ResultsFile.FromJson(ContractExample);

        var file = Assert.Single(r.Files);
        Assert.Equal(("2026-01-05/scan_0001.pdf", "processed", 7), (file.Path, file.Status, file.Pages));
        var doc = Assert.Single(file.Documents);
        Assert.Equal((1, 4, "CCI-2026-000123"), (doc.First, doc.Last, doc.Dossier));
        Assert.Equal("DUPONT", doc.Fields["victime.nom"].Value!.GetValue<string>());
        Assert.Equal([72.0, 640.5, 190.2, 655.0], doc.Fields["victime.nom"].Bbox!);
        Assert.Null(doc.Fields["prejudice.arret_periodes"].Bbox);
        Assert.IsType<JsonArray>(doc.Fields["prejudice.arret_periodes"].Value);
        var d = Assert.Single(r.Dossiers);
        Assert.Equal(("grave", "oniam", "reglement_amiable"), (d.Gravity.Outcome, d.LikelyPayer, d.Procedure));
        Assert.Equal(30, d.Facts["expertise.aipp"]!.GetValue<int>());
        Assert.Equal("piece_identite", Assert.Single(d.Missing).Item);
        Assert.Equal((312.4, 220, 140), (r.Timing.WallSeconds, r.Timing.Pages, r.Timing.OcrPages));
    }

    [Fact]
    public void Writing_uses_the_contract_names_and_keeps_field_keys_and_nulls()
    {
        var json = JsonNode.Parse(ResultsFile.FromJson(ContractExample).ToJson())!;

        var doc = json["files"]![0]!["documents"]![0]!;
        Assert.NotNull(doc["fields"]!["victime.nom"]);
        Assert.True(json["files"]![0]!.AsObject().ContainsKey("error"));
        var dossier = json["dossiers"]![0]!.AsObject();
        foreach (var name in new[] { "likely_payer", "complete_date", "avis_due", "missing", "tasks", "facts" })
            Assert.True(dossier.ContainsKey(name), name);
        Assert.Equal(140, json["timing"]!["ocr_pages"]!.GetValue<int>());
        Assert.Equal(312.4, json["timing"]!["wall_seconds"]!.GetValue<double>());
        Assert.False(doc.AsObject().ContainsKey("first"));
    }

    [Fact]
    public void Save_then_load_gives_the_same_json()
    {
        var original = SampleCorpus.PerfectResults();
        var path = Path.Combine(Directory.CreateTempSubdirectory("intake-results-").FullName, "out", "results.json");
        try
        {
            original.Save(path);
            Assert.Equal(original.ToJson(), ResultsFile.Load(path).ToJson());
            Assert.False(File.Exists(path + ".tmp"));
        }
        finally { Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(path))!, recursive: true); }
    }

    [Fact]
    public void A_partial_file_with_nulls_and_absent_lists_still_loads()
    {
        var r = ResultsFile.FromJson("""{"files": [{"path": "a.pdf", "status": "quarantined", "error": "Fichier illisible", "documents": null}], "dossiers": null}""");

        Assert.True(Assert.Single(r.Files).IsQuarantined);
        Assert.Empty(r.Files[0].Documents);
        Assert.Empty(r.Dossiers);
        Assert.Equal(0, r.Timing.Pages);
    }
}

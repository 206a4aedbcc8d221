using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intake.Domain.Documents;

namespace Intake.Corpus.Tests;

/// <summary>Every truth file of the Small profile is valid against docs/evaluation.md.</summary>
[Collection("small corpus")]
public sealed class TruthContractTests(SmallCorpusFixture corpus)
{
    private static readonly Regex IsoDate = new(@"^\d{4}-\d{2}-\d{2}$");

    private JsonNode TruthOf(string inboxFile) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(corpus.Truth, "files", corpus.RelativePath(inboxFile) + ".json")))!;

    private JsonArray Dossiers() => JsonNode.Parse(File.ReadAllText(Path.Combine(corpus.Truth, "dossiers.json")))!.AsArray();

    [Fact]
    public void Inbox_is_organised_in_mail_days_with_one_truth_file_each()
    {
        var days = Directory.GetDirectories(corpus.Inbox).Select(Path.GetFileName).ToList();
        Assert.InRange(days.Count, 2, 4);
        Assert.All(days, d => Assert.Matches(IsoDate, d!));
        foreach (var f in corpus.InboxFiles())
            Assert.True(File.Exists(Path.Combine(corpus.Truth, "files", corpus.RelativePath(f) + ".json")), f);
        var truthCount = Directory.EnumerateFiles(Path.Combine(corpus.Truth, "files"), "*.json", SearchOption.AllDirectories).Count();
        Assert.Equal(corpus.InboxFiles().Count(), truthCount);
    }

    [Fact]
    public void Page_ranges_lie_within_the_file_are_ordered_and_cover_every_page()
    {
        foreach (var f in corpus.InboxFiles())
        {
            var truth = TruthOf(f);
            if (truth["status"]?.GetValue<string>() == "quarantined") continue;
            int pages = InboxFiles.PageCount(f);
            int expectedFirst = 1;
            foreach (var doc in truth["documents"]!.AsArray())
            {
                var range = doc!["pages"]!.AsArray().Select(p => p!.GetValue<int>()).ToArray();
                Assert.Equal(2, range.Length);
                Assert.Equal(expectedFirst, range[0]);
                Assert.True(range[1] >= range[0] && range[1] <= pages, $"{f}: [{range[0]},{range[1]}] of {pages}");
                expectedFirst = range[1] + 1;
            }
            Assert.Equal(pages, expectedFirst - 1);
        }
    }

    [Fact]
    public void Document_types_fields_and_value_formats_follow_the_contract()
    {
        var keys = Dossiers().Select(d => d!["key"]!.GetValue<string>()).ToHashSet();
        foreach (var f in corpus.InboxFiles())
        {
            foreach (var doc in TruthOf(f)["documents"]!.AsArray())
            {
                Assert.True(DocumentType.IsKnown(doc!["type"]!.GetValue<string>()), f);
                var dossier = doc["dossier"];
                if (dossier is not null) Assert.Contains(dossier.GetValue<string>(), keys);
                foreach (var (key, value) in doc["fields"]!.AsObject())
                {
                    Assert.True(Vocabulary.FieldKeys.Contains(key), $"{f}: unknown key {key}");
                    if (Vocabulary.DateKeys.Contains(key)) Assert.Matches(IsoDate, value!.GetValue<string>());
                    if (Vocabulary.BoolKeys.Contains(key)) Assert.Contains(value!.GetValueKind(), new[] { System.Text.Json.JsonValueKind.True, System.Text.Json.JsonValueKind.False });
                    if (Vocabulary.IntKeys.Contains(key)) Assert.InRange(value!.GetValue<int>(), 0, 100);
                    if (Vocabulary.PeriodKeys.Contains(key))
                        foreach (var p in value!.AsArray())
                        {
                            Assert.Matches(IsoDate, p!["debut"]!.GetValue<string>());
                            Assert.Matches(IsoDate, p["fin"]!.GetValue<string>());
                            Assert.True(string.CompareOrdinal(p["debut"]!.GetValue<string>(), p["fin"]!.GetValue<string>()) <= 0);
                            if (key == "expertise.dft_periodes") Assert.InRange(p["taux"]!.GetValue<int>(), 1, 100);
                        }
                    if (key is "victime.code_postal" or "faits.etablissement_code_postal") Assert.Matches(@"^\d{5}$", value!.GetValue<string>());
                    if (key == "victime.telephone") Assert.Matches(@"^\d{10}$", value!.GetValue<string>());
                    if (key == "victime.nir") Assert.Matches(@"^[12]\d{4}(\d{2}|2A|2B)\d{8}$", value!.GetValue<string>());
                    if (key is "victime.sexe") Assert.Contains(value!.GetValue<string>(), new[] { "F", "M" });
                    if (key is "demandeur.qualite") Assert.Contains(value!.GetValue<string>(), new[] { "victime", "representant_legal", "tuteur", "curateur", "ayant_droit" });
                    if (key is "faits.type_dommage") Assert.Contains(value!.GetValue<string>(), new[] { "accident_medical", "affection_iatrogene", "infection_nosocomiale" });
                    if (key is "identite.type") Assert.Contains(value!.GetValue<string>(), new[] { "cni", "passeport", "titre_sejour" });
                }
            }
        }
    }

    [Fact]
    public void Dossier_outcomes_use_the_rules_vocabulary()
    {
        var dossiers = Dossiers();
        Assert.NotEmpty(dossiers);
        foreach (var d in dossiers)
        {
            Assert.Contains(d!["procedure"]?.GetValue<string>(), new[] { "reglement_amiable", "conciliation", null });
            Assert.Contains(d["gravity"]!.GetValue<string>(), new[] { "grave", "not_grave", "unknown" });
            Assert.Contains(d["likely_payer"]?.GetValue<string>(), new[] { "assureur", "oniam", "fonds_garantie", null });
            Assert.All(d["grounds"]!.AsArray(), g => Assert.Contains(g!.GetValue<string>(), Vocabulary.Grounds));
            Assert.All(d["flags"]!.AsArray(), g => Assert.Contains(g!.GetValue<string>(), Vocabulary.Flags));
            Assert.All(d["tasks"]!.AsArray(), g => Assert.Contains(g!.GetValue<string>(), Vocabulary.Tasks));
            Assert.All(d["missing"]!.AsArray(), m =>
            {
                Assert.Contains(m!["item"]!.GetValue<string>(), Vocabulary.MissingItems);
                Assert.Contains(m["severity"]!.GetValue<string>(), new[] { "blocking", "to_request" });
            });
            // Grounds only for a grave outcome; a complete dossier has nothing blocking missing.
            Assert.Equal(d["gravity"]!.GetValue<string>() == "grave", d["grounds"]!.AsArray().Count > 0);
            bool blocking = d["missing"]!.AsArray().Any(m => m!["severity"]!.GetValue<string>() == "blocking");
            Assert.Equal(blocking, d["complete_date"] is null);
        }
    }

    [Fact]
    public void Every_dossier_holds_documents_and_broken_files_are_quarantined()
    {
        var held = new HashSet<string>();
        int quarantined = 0, unattached = 0;
        foreach (var f in corpus.InboxFiles())
        {
            var truth = TruthOf(f);
            if (truth["status"]?.GetValue<string>() == "quarantined")
            {
                quarantined++;
                Assert.Empty(truth["documents"]!.AsArray());
                continue;
            }
            foreach (var doc in truth["documents"]!.AsArray())
                if (doc!["dossier"]?.GetValue<string>() is { } k) held.Add(k); else unattached++;
        }
        Assert.Equal(Dossiers().Select(d => d!["key"]!.GetValue<string>()).ToHashSet(), held);
        Assert.True(quarantined >= 4, $"quarantined {quarantined}");
        Assert.True(unattached >= 3, $"unattached {unattached}");
    }
}

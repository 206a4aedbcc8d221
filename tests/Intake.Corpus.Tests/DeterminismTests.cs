using System.Security.Cryptography;

namespace Intake.Corpus.Tests;

public sealed class DeterminismTests
{
    private static Dictionary<string, string> Hashes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static Dictionary<string, string> Run(int seed)
    {
        var dir = Path.Combine(Path.GetTempPath(), "intake-corpus-det-" + Guid.NewGuid().ToString("N"));
        try
        {
            CorpusGenerator.Generate(new CorpusOptions(dir, seed, Dossiers: 2));
            return Hashes(dir);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Same_seed_gives_identical_bytes_and_another_seed_a_different_corpus()
    {
        var a = Run(11);
        var b = Run(11);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        var differing = a.Where(kv => kv.Value != b[kv.Key]).Select(kv => kv.Key).Order().ToList();
        Assert.True(differing.Count == 0, "differ between two runs: " + string.Join(", ", differing));
        var c = Run(12);
        Assert.NotEqual(a.OrderBy(kv => kv.Key), c.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void Every_file_kind_renders_the_same_bytes_twice()
    {
        var days = Planning.MailCalendar.Days(CorpusOptions.DefaultBaseDate);
        var scenario = Scenarios.ScenarioCatalogue.All[0];
        foreach (var kind in Enum.GetValues<Scenarios.FileKind>())
            for (int seed = 0; seed < 3; seed++)
            {
                byte[] Once()
                {
                    var ctx = new Content.DossierContext(scenario, scenario.Id, new Random(seed), days);
                    var piece = kind is Scenarios.FileKind.Jpeg or Scenarios.FileKind.Png ? Scenarios.Piece.IdVictim : Scenarios.Piece.Certificat;
                    var doc = Planning.DossierDocuments.Build(ctx, piece, 0, kind, 3);
                    return Planning.FileRenderer.Render(new Planning.FileRenderer.Request([doc], kind, new Random(seed), "REÇU LE 05 JANV. 2026", 0));
                }
                Assert.Equal(Once(), Once());
            }
    }

    [Fact]
    public void Base_date_outside_the_supported_range_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CorpusGenerator.Generate(new CorpusOptions(Path.GetTempPath(), 1, BaseDate: new DateOnly(2030, 1, 1))));
    }
}

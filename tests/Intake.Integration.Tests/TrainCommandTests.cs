using System.Security.Cryptography;
using Dapper;

namespace Intake.Integration.Tests;

/// <summary>`intake train` with the database: a model whose vocabulary comes from real pages never lands in the tracked models folder.</summary>
public sealed class TrainCommandTests
{
    [Fact]
    public async Task A_model_trained_on_confirmed_real_pages_goes_to_intake_home_not_to_the_tracked_folder()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var conn = await db.Db.OpenAsync())
            await conn.ExecuteAsync("""
                insert into intake_file (sha256, original_name, extension, size_bytes, received_on, archive_path, status)
                values ('a', 'x.pdf', 'pdf', 1, current_date, 'a/x.pdf', 'processed');
                insert into page (file_id, number, width, height, source, mean_confidence, text, words)
                values (1, 1, 595, 842, 'ocr', 0.9, 'Certificat médical initial de Madame VICTOIRE-REELLE née le 01/02/1960', '[]');
                insert into document (file_id, first_page, last_page, type, type_confidence, received_on, confirmed_by, confirmed_at)
                values (1, 1, 1, 'certificat_medical', 1, current_date, 'remi', now());
                """);
        // A copy of the tracked models folder, to see whether anything writes to it.
        var tracked = Repo.TempDir("intake-tracked-models");
        foreach (var f in Directory.GetFiles(Repo.Models)) File.Copy(f, Path.Combine(tracked, Path.GetFileName(f)));
        var before = Directory.GetFiles(tracked).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
        var home = Repo.TempDir("intake-train-home");

        using var train = new AppProcess("train", new Dictionary<string, string>
        {
            ["INTAKE_DB"] = db.ConnectionString, ["INTAKE_HOME"] = home, ["INTAKE_MODELS"] = tracked,
        }, "--pages", "200", "--force");
        Assert.True(await train.WaitForExitAsync(TimeSpan.FromMinutes(5)) == 0, train.Output);

        var after = Directory.GetFiles(tracked).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
        Assert.Equal(before, after);
        var local = Path.Combine(home, "models", "page-classifier.zip");
        Assert.True(File.Exists(local), train.Output);
        Assert.NotEqual(before["page-classifier.zip"], Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(local))));
        Assert.Contains("1 reviewer-confirmed pages", train.Output, StringComparison.Ordinal);
    }
}

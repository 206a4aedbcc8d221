using System.Security.Cryptography;
using Dapper;

namespace Intake.Reliability.Tests.Infrastructure;

/// <summary>What "nothing lost, nothing doubled" means, checked on the database and the folders.</summary>
public static class Invariants
{
    public sealed record FileRow(long Id, string Sha256, string OriginalName, string Status, string ArchivePath, int? PageCount, int Attempts, string? ErrorFr);

    public static async Task<List<FileRow>> FilesAsync(WorkerSandbox box)
    {
        await using var conn = await box.Database.Db.OpenAsync();
        return (await conn.QueryAsync<FileRow>("""
            select id, sha256, original_name as OriginalName, status, archive_path as ArchivePath, page_count as PageCount,
                   attempts, error_fr as ErrorFr
            from intake_file order by id
            """)).ToList();
    }

    /// <summary>
    /// Every expected content (SHA-256) has exactly one file row, processed or quarantined; the archived original
    /// has that hash; no page or document row is doubled; processed files have their pages; quarantined ones a
    /// French reason and a copy in the quarantine folder.
    /// </summary>
    public static async Task<List<FileRow>> AssertNothingLostAsync(WorkerSandbox box, IReadOnlyCollection<string> expectedShas)
    {
        var files = await FilesAsync(box);
        Assert.Equal(files.Count, files.Select(f => f.Sha256).Distinct().Count());
        var missing = expectedShas.Except(files.Select(f => f.Sha256)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} files lost");
        Assert.Equal(expectedShas.Distinct().Count(), files.Count);
        foreach (var f in files)
        {
            Assert.True(f.Status is "processed" or "quarantined", $"file {f.Id} is {f.Status}");
            var archived = Path.Combine(box.Archive, f.ArchivePath);
            Assert.True(File.Exists(archived), $"file {f.Id}: original missing from the archive");
            await using (var s = File.OpenRead(archived))
                Assert.Equal(f.Sha256, Convert.ToHexStringLower(await SHA256.HashDataAsync(s)));
            if (f.Status == "quarantined")
            {
                Assert.False(string.IsNullOrWhiteSpace(f.ErrorFr), $"file {f.Id}: no reason");
                Assert.True(Directory.GetFiles(box.Quarantine, $"{f.Id:D6}_*.raison.txt", SearchOption.AllDirectories).Length == 1,
                    $"file {f.Id}: no quarantine sidecar");
            }
        }

        await using var conn = await box.Database.Db.OpenAsync();
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>(
            "select count(*) from (select 1 from page group by file_id, number having count(*) > 1) d"));
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>(
            "select count(*) from (select 1 from document group by file_id, first_page having count(*) > 1) d"));
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("""
            select count(*) from intake_file f
            where f.status = 'processed' and f.page_count <> (select count(*) from page p where p.file_id = f.id)
            """));
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("""
            select count(*) from page p join intake_file f on f.id = p.file_id where f.status = 'quarantined'
            """));
        return files;
    }

    /// <summary>Regular files left in the inbox (hidden temporaries and symbolic links aside).</summary>
    public static List<string> InboxLeftovers(string inbox) =>
        Directory.EnumerateFiles(inbox, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(p => new FileInfo(p).LinkTarget is null && !Path.GetFileName(p).StartsWith('.'))
            .ToList();
}

using Dapper;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Retention;
using Intake.Pipeline.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Intake.Pipeline.Tests.Retention;

/// <summary>The retention purge removes what outlived its period, keeps the rest, and logs counts only.</summary>
public sealed class RetentionPurgeJobTests : DatabaseTest
{
    private sealed class ListLogger : ILogger<RetentionPurgeJob>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }

    [Fact]
    public async Task Old_originals_page_text_quarantine_copies_audit_entries_and_page_images_go_and_the_rest_stays()
    {
        var home = Repo.TempDir("intake-retention");
        var options = new PipelineOptions
        {
            Inbox = Path.Combine(home, "inbox"), Archive = Path.Combine(home, "archive"), Quarantine = Path.Combine(home, "quarantine"),
            PageImages = Path.Combine(home, "page-images"),
            Retention = new RetentionPolicy
            {
                Originals = TimeSpan.FromDays(3650), PageText = TimeSpan.FromDays(730), Quarantine = TimeSpan.FromDays(90),
                AuditLog = TimeSpan.FromDays(365), PageImages = TimeSpan.FromDays(30),
            },
        };
        var archive = new ArchiveStore(options.Archive);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        async Task<(long Id, string Path)> FileAsync(string name, int daysAgo, string status = "processed")
        {
            var source = Path.Combine(home, name);
            await File.WriteAllTextAsync(source, $"%PDF-1.4 {name}");
            var stored = await archive.StoreAsync(source);
            var id = await Store.FileAsync(Db, stored.RelativePath, $"2016-01-04/{name}", today.AddDays(-daysAgo));
            await using var conn = await Db.OpenAsync();
            await conn.ExecuteAsync("""
                update intake_file set status = @status, processed_at = now() - make_interval(days => @daysAgo) where id = @id;
                insert into file_sighting (file_id, original_name, received_on, source_mtime, is_duplicate) values (@id, @name, current_date - @daysAgo, now(), false);
                insert into page (file_id, number, width, height, source, mean_confidence, text, words) values (@id, 1, 595, 842, 'ocr', 0.9, 'Nom : ' || @name, '[[["Nom", 1, 2, 3, 4, 0.9]]]');
                """, new { id, status, daysAgo, name });
            return (id, archive.FullPath(stored.RelativePath));
        }

        var ancient = await FileAsync("dupont-ancien.pdf", 4000);
        var ancientButActive = await FileAsync("martin-ancien.pdf", 4000);
        var pendingAncient = await FileAsync("attente.pdf", 4000, "pending");
        var oldText = await FileAsync("durand-2ans.pdf", 800);
        var recent = await FileAsync("recent.pdf", 10);
        // A dossier still worked on keeps its files: updated yesterday.
        var dossier = await Store.DossierAsync(Db, "MARTIN");
        await Store.DocumentAsync(Db, ancientButActive.Id, "courrier", dossier.Id, attachment: "matched");
        await using (var conn = await Db.OpenAsync())
        {
            await conn.ExecuteAsync("update dossier set updated_at = now() - interval '1 day' where id = @Id", dossier);
            await conn.ExecuteAsync("""
                insert into audit_event (at, user_name, action) values (now() - interval '400 days', 'remi', 'view_dossier'), (now() - interval '10 days', 'remi', 'view_dossier')
                """);
        }
        var quarantined = new QuarantineStore(options.Quarantine);
        var oldCopy = quarantined.Put(ancient.Path, 900, "2026-01-05/MARTIN Jeanne scan.pdf", today.AddDays(-100), "Le PDF est endommagé.");
        var newCopy = quarantined.Put(ancient.Path, 901, "2026-01-05/autre.pdf", today.AddDays(-5), "Le PDF est endommagé.");
        foreach (var f in new[] { oldCopy, oldCopy + ".raison.txt" }) File.SetLastWriteTimeUtc(f, DateTime.UtcNow.AddDays(-100));
        var oldImage = Path.Combine(options.PageImages, "042", "42", "1-160.png");
        var newImage = Path.Combine(options.PageImages, "043", "43", "1-160.png");
        foreach (var f in new[] { oldImage, newImage }) { Directory.CreateDirectory(Path.GetDirectoryName(f)!); await File.WriteAllBytesAsync(f, [1]); }
        File.SetLastWriteTimeUtc(oldImage, DateTime.UtcNow.AddDays(-40));
        var ancientImage = Path.Combine(options.PageImages, (ancient.Id % 1000).ToString("D3"), ancient.Id.ToString(), "1-1000.png");
        Directory.CreateDirectory(Path.GetDirectoryName(ancientImage)!);
        await File.WriteAllBytesAsync(ancientImage, [1]);

        var logger = new ListLogger();
        var report = await new RetentionPurgeJob(Db, archive, options, logger).PurgeAsync(DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal(new PurgeReport(Originals: 1, QuarantineCopies: 1, PagesText: 2, AuditEntries: 1, PageImages: 1), report);
        Assert.False(File.Exists(ancient.Path));
        Assert.False(File.Exists(ancientImage));
        Assert.All(new[] { ancientButActive.Path, pendingAncient.Path, oldText.Path, recent.Path }, p => Assert.True(File.Exists(p), p));
        await using var db = await Db.OpenAsync();
        Assert.Equal(0, await db.ExecuteScalarAsync<int>("select count(*) from intake_file where original_name like '%dupont%'"));
        Assert.Equal(0, await db.ExecuteScalarAsync<int>("select count(*) from file_sighting where original_name like '%dupont%'"));
        Assert.NotNull(await db.ExecuteScalarAsync<DateTime?>("select original_purged_at from intake_file where id = @Id", new { ancient.Id }));
        var texts = (await db.QueryAsync<(long FileId, string Text)>("select file_id, text from page")).ToDictionary(p => p.FileId, p => p.Text);
        Assert.Equal("", texts[ancient.Id]);
        Assert.Equal("", texts[oldText.Id]);
        Assert.StartsWith("Nom :", texts[recent.Id], StringComparison.Ordinal);
        Assert.StartsWith("Nom :", texts[ancientButActive.Id], StringComparison.Ordinal);
        Assert.StartsWith("Nom :", texts[pendingAncient.Id], StringComparison.Ordinal);
        Assert.False(File.Exists(oldCopy));
        Assert.False(File.Exists(oldCopy + ".raison.txt"));
        Assert.True(File.Exists(newCopy));
        Assert.False(File.Exists(oldImage));
        Assert.True(File.Exists(newImage));
        Assert.Equal(1, await db.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'view_dossier'"));
        Assert.Equal(1, await db.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'retention_purge'"));

        var line = Assert.Single(logger.Lines);
        Assert.Equal("Retention purge: 1 originals, 1 quarantine copies, 2 pages' text, 1 audit entries, 1 cached page images removed", line);
    }

    [Fact]
    public async Task A_quarantine_sidecar_and_copy_name_carry_no_file_name()
    {
        var home = Repo.TempDir("intake-quarantine");
        var source = Path.Combine(home, "x.pdf");
        await File.WriteAllTextAsync(source, "%PDF");
        var copy = new QuarantineStore(home).Put(source, 42, "2026-01-05/MARTIN Jeanne née DURAND.pdf", new DateOnly(2026, 1, 5), "Le PDF est endommagé.");
        var sidecar = await File.ReadAllTextAsync(copy + ".raison.txt");
        Assert.DoesNotContain("MARTIN", sidecar, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("MARTIN", Path.GetFileName(copy), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("000042", sidecar, StringComparison.Ordinal);
        Assert.Contains("Le PDF est endommagé.", sidecar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_trail_keeps_at_least_180_days_whatever_the_setting()
    {
        await using var conn = await Db.OpenAsync();
        var e = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => conn.ExecuteScalarAsync<long>("select intake_purge_audit(30)"));
        Assert.Contains("at least 180 days", e.MessageText, StringComparison.Ordinal);
    }
}

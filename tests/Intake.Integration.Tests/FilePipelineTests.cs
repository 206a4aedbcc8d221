using Dapper;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Jobs;
using Xunit.Abstractions;

namespace Intake.Integration.Tests;

/// <summary>
/// The sample corpus through the worker's own services (Ingestor → FileProcessor) against real PostgreSQL and
/// real Tesseract: page counts, known words, quarantine with reasons, duplicates and idempotency.
/// </summary>
public sealed class FilePipelineTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private PipelineHarness _h = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _h = new PipelineHarness(_db.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task<(long Id, ProcessOutcome Outcome)> DropAndProcessAsync(string source, string relativeName, DateOnly received)
    {
        var target = Path.Combine(_h.Settings.Inbox, relativeName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
        var info = new FileInfo(target);
        var ingested = await _h.Get<Ingestor>().IngestAsync(new InboxFile(target, relativeName, info.Length, info.LastWriteTimeUtc), received, removeFromInbox: true, default);
        Assert.False(File.Exists(target), "the original leaves the inbox once its row is committed");
        var outcome = await _h.Get<FileProcessor>().ProcessAsync(ingested.FileId, default);
        return (ingested.FileId, outcome);
    }

    [Fact]
    public async Task Every_sample_file_is_processed_with_its_pages_and_words_or_quarantined_with_a_reason()
    {
        int pages = 0, files = 0, quarantined = 0, names = 0;
        var unread = new List<string>();
        foreach (var truth in SampleCorpus.Truth.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var (id, outcome) = await DropAndProcessAsync(SampleCorpus.PathOf(truth), truth.Path, new DateOnly(2026, 1, 5));
            await using var conn = await _db.Db.OpenAsync();
            var row = await conn.QuerySingleAsync<(string Status, string? ErrorFr, int? PageCount)>(
                "select status, error_fr, page_count from intake_file where id = @id", new { id });
            files++;
            if (truth.IsBroken)
            {
                quarantined++;
                Assert.Equal(ProcessOutcome.Quarantined, outcome);
                Assert.Equal("quarantined", row.Status);
                Assert.False(string.IsNullOrWhiteSpace(row.ErrorFr));
                var sidecars = Directory.GetFiles(_h.Settings.Pipeline.Quarantine, "*.raison.txt", SearchOption.AllDirectories);
                Assert.Contains(sidecars, s => File.ReadAllText(s).Contains(row.ErrorFr!, StringComparison.Ordinal));
                continue;
            }
            Assert.True(row.Status == "processed", $"{truth.Path} should be processed, got {row.Status}: {row.ErrorFr}");
            Assert.Equal(SampleCorpus.PageCount(truth), row.PageCount);
            pages += row.PageCount ?? 0;

            // What was read: the pages' text, plus the AcroForm values of forms filled on screen (not page text).
            var read = (await conn.QueryAsync<string>("select text from page where file_id = @id order by number", new { id }))
                .Concat(await conn.QueryAsync<string>("select f.value::text from field f join document d on d.id = f.document_id where d.file_id = @id", new { id }));
            var text = SampleCorpus.Fold(string.Join('\n', read));
            foreach (var doc in truth.Documents)
                foreach (var key in new[] { "victime.nom", "identite.nom" })
                    if (doc.Fields.TryGetValue(key, out var v) && v?.GetValueKind() == System.Text.Json.JsonValueKind.String)
                    {
                        names++;
                        if (!text.Contains(SampleCorpus.Fold(v.GetValue<string>()), StringComparison.Ordinal))
                            unread.Add($"{truth.Path}: {key} of pages {doc.First}-{doc.Last}");
                    }
        }
        output.WriteLine($"{files} files, {pages} pages processed, {quarantined} quarantined; names read {names - unread.Count}/{names}");
        Assert.True(quarantined > 0 && pages > 0);
        // The text of the pages is stored: the victim's or holder's name printed on a document is in it, for all but
        // the odd photo the OCR cannot read (reading accuracy itself is scored by `intake eval` against its floors).
        Assert.True(unread.Count * 20 <= names, $"names not read on their pages ({unread.Count}/{names}): {string.Join("; ", unread)}");
    }

    [Fact]
    public async Task The_same_bytes_dropped_twice_are_processed_once_and_a_rerun_changes_nothing()
    {
        var sample = SampleCorpus.Good.First(f => f.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        var (first, outcome1) = await DropAndProcessAsync(SampleCorpus.PathOf(sample), "a/premier.pdf", new DateOnly(2026, 2, 2));
        Assert.Equal(ProcessOutcome.Processed, outcome1);
        var snapshot = await SnapshotAsync();

        var (second, outcome2) = await DropAndProcessAsync(SampleCorpus.PathOf(sample), "b/copie.pdf", new DateOnly(2026, 2, 3));
        Assert.Equal(first, second);
        Assert.Equal(ProcessOutcome.AlreadyDone, outcome2);
        Assert.Single(_h.Queue.Enqueued);

        // The job run again (a crash, a retry): same rows, same archive.
        Assert.Equal(ProcessOutcome.AlreadyDone, await _h.Get<FileProcessor>().ProcessAsync(first, default));
        var after = await SnapshotAsync();
        Assert.Equal(snapshot.Rows, after.Rows);
        Assert.Equal(snapshot.Archive, after.Archive);

        await using var conn = await _db.Db.OpenAsync();
        var sightings = (await conn.QueryAsync<bool>("select is_duplicate from file_sighting where file_id = @first order by id", new { first })).ToList();
        Assert.Equal([false, true], sightings);
    }

    private async Task<(string Rows, string Archive)> SnapshotAsync()
    {
        await using var conn = await _db.Db.OpenAsync();
        var rows = string.Join('|', await conn.QueryAsync<string>("""
            select 'f' || count(*) from intake_file union all select 'p' || count(*) from page
            union all select 'd' || count(*) from document union all select 'x' || count(*) from field
            union all select 'o' || count(*) from dossier union all select 's' || string_agg(status || attempts, ',') from intake_file
            """));
        var archive = string.Join('|', Directory.GetFiles(_h.Settings.Pipeline.Archive, "*", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}tmp{Path.DirectorySeparatorChar}"))
            .Select(p => Path.GetRelativePath(_h.Settings.Pipeline.Archive, p) + ":" + new FileInfo(p).Length).Order());
        return (rows, archive);
    }
}

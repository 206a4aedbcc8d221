using System.Globalization;
using System.Net;
using Dapper;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>The quarantine page: a quarantined file is listed with its reason, its original downloaded (audited), and put back in the pipeline.</summary>
[Collection(WebCollection.Name)]
public sealed class QuarantineTests(WebAppFixture app)
{
    [Fact]
    public async Task The_secretariat_downloads_a_quarantined_original_and_puts_it_back_in_the_pipeline()
    {
        long fileId;
        string archivePath;
        await using (var conn = await app.Database.Db.OpenAsync())
        {
            // A quarantined file whose archived original is the bytes of an existing letter.
            archivePath = await conn.ExecuteScalarAsync<string>("select archive_path from intake_file where id = @FileId", app.Letter) ?? "";
            fileId = await conn.ExecuteScalarAsync<long>("""
                insert into intake_file (sha256, original_name, extension, size_bytes, received_on, archive_path, status, error_code, error_fr)
                values (@sha, '2026-01-05/scan-illisible.pdf', 'pdf', 1000, current_date, @archivePath, 'quarantined', 'unreadable', 'Le fichier PDF est tronque (fin absente).')
                returning id
                """, new { sha = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), archivePath });
        }
        var secretary = await app.SessionAsync(Roles.Secretariat);
        var (status, page, _) = await WebAppFixture.GetAsync(secretary, "/quarantaine");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"data-file=\"{fileId}\"", page, StringComparison.Ordinal);
        Assert.Contains("Le fichier PDF est tronque (fin absente).", page, StringComparison.Ordinal);

        var id = fileId.ToString(CultureInfo.InvariantCulture);
        using (var download = await secretary.Http.GetAsync($"/quarantaine?handler=Download&id={id}"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(app.Home, "archive", archivePath)), await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("scan-illisible.pdf", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        }
        using var reprocess = await secretary.PostFormAsync($"/quarantaine?handler=Reprocess&id={id}", page, new());
        Assert.Equal(HttpStatusCode.Redirect, reprocess.StatusCode);
        await using (var conn = await app.Database.Db.OpenAsync())
        {
            Assert.Equal("pending", await conn.ExecuteScalarAsync<string>("select status from intake_file where id = @fileId", new { fileId }));
            Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'download_file' and target_id = @fileId", new { fileId }));
            Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'reprocess_file' and target_id = @fileId", new { fileId }));
        }
        var (_, after, _) = await WebAppFixture.GetAsync(secretary, "/quarantaine");
        Assert.DoesNotContain($"data-file=\"{fileId}\"", after, StringComparison.Ordinal);
    }
}

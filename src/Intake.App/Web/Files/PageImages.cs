using System.Collections.Concurrent;
using Dapper;
using Intake.Pipeline;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;
using Intake.Text.Rendering;
using Intake.Text.Sniffing;

namespace Intake.App.Web.Files;

/// <summary>
/// Page images for the dashboard, rendered once per page and size and kept in INTAKE_HOME/page-images (named by
/// file id and page, nothing personal; removed by the retention job), so that the archive is not parsed again
/// for every thumbnail. Rendering is bounded: three sizes only, the longer side at most twice the width, two
/// renders at a time, <see cref="RenderTimeout"/> each (see <see cref="PageImageRenderer"/> for the pixel
/// bounds). Views are audited once per file and session (<see cref="AuditOnceAsync"/>).
/// </summary>
public sealed class PageImages(Database db, ArchiveStore archive, PipelineOptions options, PageImageRenderer renderer, Audit audit)
{
    public static readonly int[] Widths = [160, 1000, 2000];
    public static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(20);
    private readonly SemaphoreSlim renders = new(2);
    private const int MaxRemembered = 100_000;
    private readonly ConcurrentDictionary<(string Session, long File), bool> audited = new();

    private sealed record PageRow(string ArchivePath, float Width, float Height, DateTime? OriginalPurgedAt);

    /// <summary>The PNG of a page at the bucket of <paramref name="width"/>; null when there is no such page or it cannot be shown.</summary>
    public async Task<byte[]?> GetAsync(long fileId, int page, int width, CancellationToken ct)
    {
        var w = Widths.FirstOrDefault(x => x >= width, Widths[^1]);
        var cached = CachePath(fileId, page, w);
        if (File.Exists(cached)) return await File.ReadAllBytesAsync(cached, ct);
        PageRow? row;
        await using (var conn = await db.OpenAsync(ct))
            row = await conn.QuerySingleOrDefaultAsync<PageRow>("""
                select f.archive_path as ArchivePath, p.width, p.height, f.original_purged_at as OriginalPurgedAt
                from intake_file f join page p on p.file_id = f.id where f.id = @fileId and p.number = @page
                """, new { fileId, page });
        if (row is null || row.OriginalPurgedAt is not null) return null;
        var original = archive.FullPath(row.ArchivePath);
        if (!File.Exists(original)) return null;
        // The longer side: the page's height for a portrait page, never more than twice the width asked for.
        var aspect = row.Width > 0 && row.Height > 0 ? row.Height / row.Width : Math.Sqrt(2);
        var longSide = (int)Math.Round(Math.Clamp(w * Math.Max(1, aspect), w, 2.0 * w));

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(RenderTimeout);
        if (!await renders.WaitAsync(RenderTimeout, ct)) return null;
        byte[] png;
        try
        {
            png = await Task.Run(() => renderer.RenderPng(original, page, longSide, deadline.Token), deadline.Token);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or UnreadableFileException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return null;
        }
        finally
        {
            renders.Release();
        }
        Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
        var tmp = cached + $".{Guid.NewGuid():N}.part";
        await File.WriteAllBytesAsync(tmp, png, CancellationToken.None);
        File.Move(tmp, cached, overwrite: true);
        return png;
    }

    public string CachePath(long fileId, int page, int width) =>
        Path.Combine(options.PageImages, (fileId % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            fileId.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{page}-{width}.png");

    /// <summary>
    /// Records "view_page_image" once per file and session: the first image of a file a session loads is in the
    /// audit trail, the following thumbnails and zooms are not each written again.
    /// </summary>
    public async Task AuditOnceAsync(string userName, string session, long fileId, int page)
    {
        // The in-memory set only saves a query; past its bound it starts again (the database check below decides).
        if (audited.Count > MaxRemembered) audited.Clear();
        if (!audited.TryAdd((session, fileId), true)) return;
        await using var conn = await db.OpenAsync();
        var seen = await conn.ExecuteScalarAsync<bool>("""
            select exists (select 1 from audit_event where action = 'view_page_image' and target_id = @fileId and detail ->> 'session' = @session)
            """, new { fileId, session });
        if (!seen) await audit.RecordAsync(userName, "view_page_image", "intake_file", fileId, new { session, first_page = page });
    }
}

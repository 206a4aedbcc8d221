using Dapper;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;
using Intake.Text.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Files;

/// <summary>
/// A page image (PNG) rendered from the archived original, at most <c>w</c> pixels wide (thumbnails: 160, viewer:
/// 1000–2000). Views of pages are audited by the dossier and file pages that show them, not per image.
/// </summary>
public sealed class PageImageModel(Database db, ArchiveStore archive, PageImageRenderer renderer) : PageModel
{
    public static readonly int[] Widths = [160, 1000, 2000];

    public async Task<IActionResult> OnGetAsync(long id, int number, int w = 1000)
    {
        await using var conn = await db.OpenAsync();
        var path = await conn.ExecuteScalarAsync<string?>("""
            select f.archive_path from intake_file f where f.id = @id and exists (select 1 from page p where p.file_id = f.id and p.number = @number)
            """, new { id, number });
        if (path is null) return NotFound();
        var width = Widths.FirstOrDefault(x => x >= w, Widths[^1]);
        var full = archive.FullPath(path);
        if (!System.IO.File.Exists(full)) return NotFound();
        try
        {
            var png = await Task.Run(() => renderer.RenderPng(full, number, width));
            return File(png, "image/png");
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or Intake.Text.Sniffing.UnreadableFileException)
        {
            return NotFound();
        }
    }
}

using Dapper;
using Intake.Pipeline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Files;

/// <summary>The text read on one page (Razor encodes it: text from a document is never rendered as HTML).</summary>
public sealed class PageTextModel(Database db, Audit audit) : PageModel
{
    public long FileId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, int number)
    {
        await using var conn = await db.OpenAsync();
        var text = await conn.ExecuteScalarAsync<string?>("select text from page where file_id = @id and number = @number", new { id, number });
        if (text is null) return NotFound();
        (FileId, Number, Text) = (id, number, text);
        await audit.RecordAsync(User.Identity?.Name, "view_page", "intake_file", id, new { page = number });
        return Page();
    }
}

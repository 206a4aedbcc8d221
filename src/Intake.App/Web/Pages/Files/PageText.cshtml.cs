using Dapper;
using Intake.App.Web.Auth;
using Intake.App.Web.Files;
using Intake.Domain.Identity;
using Intake.Pipeline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Files;

/// <summary>
/// The text read on one page (Razor encodes it: text from a document is never rendered as HTML), for files the
/// user may open (<see cref="FileScope"/>). Only reviewers, who compare it with the dossier, see NIRs in clear;
/// for everybody else every NIR-like number is masked.
/// </summary>
public sealed class PageTextModel(Database db, FileScope scope, Audit audit) : PageModel
{
    public long FileId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    public bool Purged { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, int number)
    {
        if (!await scope.CanOpenAsync(User, id)) return NotFound();
        await using var conn = await db.OpenAsync();
        var page = await conn.QuerySingleOrDefaultAsync<(string Text, DateTime? PurgedAt)>(
            "select text, text_purged_at from page where file_id = @id and number = @number", new { id, number });
        if (page.Text is null) return NotFound();
        (FileId, Number, Purged) = (id, number, page.PurgedAt is not null);
        Text = User.IsInRole(Roles.Reviewer) ? page.Text : NirText.MaskAll(page.Text);
        await audit.RecordAsync(User.Identity?.Name, "view_page", "intake_file", id, new { page = number });
        return Page();
    }
}

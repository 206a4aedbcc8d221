using Intake.App.Web.Auth;
using Intake.App.Web.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Intake.App.Web.Pages.Files;

/// <summary>
/// A page image (PNG) at most <c>w</c> pixels wide (thumbnails: 160, viewer: 1000–2000), rendered once and
/// cached (<see cref="PageImages"/>), for files the user may open (<see cref="FileScope"/>), rate-limited per
/// user, and audited once per file and session.
/// </summary>
[EnableRateLimiting(WebSetup.PageImageRateLimit)]
public sealed class PageImageModel(PageImages images, FileScope scope) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, int number, int w = 1000)
    {
        if (number < 1 || !await scope.CanOpenAsync(User, id)) return NotFound();
        var png = await images.GetAsync(id, number, w, HttpContext.RequestAborted);
        if (png is null) return NotFound();
        await images.AuditOnceAsync(User.Identity!.Name!, User.FindFirst(Sessions.SessionIdClaim)?.Value ?? "?", id, number);
        return File(png, "image/png");
    }
}

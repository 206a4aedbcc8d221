using Intake.App.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Intake.App.Web.Pages;

/// <summary>
/// Sign-in. Every refusal reads the same — wrong password, unknown, locked or disabled account — so the page
/// never tells which user names exist. The audit trail records a failure under the account's name when the
/// account exists, and never the text typed in the user-name box otherwise (it may be a password).
/// </summary>
[EnableRateLimiting(WebSetup.LoginRateLimit)]
public sealed class LoginModel(UserStore users, Audit audit) : PageModel
{
    public const string Refused = "Identifiant ou mot de passe incorrect. Après plusieurs échecs, le compte est bloqué 15 minutes.";

    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "Saisissez votre identifiant et votre mot de passe.";
            return Page();
        }
        var outcome = await users.CheckPasswordAsync(UserName.Trim(), Password);
        if (outcome.Result != Auth.SignInResult.Ok || outcome.User is null)
        {
            await audit.RecordAsync(outcome.KnownAccount, "login_failed", detail: outcome.KnownAccount is null ? new { account = "inconnu" } : null);
            Error = Refused;
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Sessions.PrincipalFor(outcome.User, DateTimeOffset.UtcNow));
        await audit.RecordAsync(outcome.User.UserName, "login");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Home(outcome.User.Role));
    }

    /// <summary>Where each role starts its day: reviewers on their queue, managers on the backlog report, the others on the files received.</summary>
    public static string Home(string role) => role switch
    {
        Roles.Reviewer => "/revue",
        Roles.Manager => "/rapports",
        _ => "/",
    };
}

using System.Security.Claims;
using Intake.App.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Intake.App.Web.Pages;

[EnableRateLimiting(WebSetup.LoginRateLimit)]
public sealed class LoginModel(UserStore users, Audit audit) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "Saisissez votre identifiant et votre mot de passe.";
            return Page();
        }
        var (result, user) = await users.CheckPasswordAsync(UserName.Trim(), Password);
        if (result != Auth.SignInResult.Ok || user is null)
        {
            await audit.RecordAsync(UserName.Trim(), result == Auth.SignInResult.LockedOut ? "login_locked" : "login_failed");
            Error = result == Auth.SignInResult.LockedOut
                ? "Compte temporairement bloqué après plusieurs échecs. Réessayez dans 15 minutes."
                : "Identifiant ou mot de passe incorrect.";
            return Page();
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.UserName), new Claim(ClaimTypes.Role, user.Role), new Claim("display_name", user.DisplayName)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        await audit.RecordAsync(user.UserName, "login");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}

using Intake.App.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Intake.App.Web.Pages;

/// <summary>
/// The owner of an account chooses its password through a one-time link the administrator handed over (the
/// administrator never learns the password). The link is checked on display and used up on success.
/// </summary>
[EnableRateLimiting(WebSetup.LoginRateLimit)]
public sealed class SetPasswordModel(UserStore users) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jeton")] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Confirmation { get; set; }
    [TempData] public string? Message { get; set; }
    public string? Owner { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        Owner = await users.LinkOwnerAsync(Token);
        if (Owner is null) Error = "Ce lien n'est plus valable (déjà utilisé ou expiré) : demandez-en un nouveau à l'administrateur.";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (owner, error) = await users.SetPasswordWithLinkAsync(Token, Password, Confirmation);
        if (error is not null)
        {
            Owner = await users.LinkOwnerAsync(Token);
            Error = error;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        Message = $"Mot de passe enregistré pour « {owner} » : vous pouvez vous connecter.";
        return Redirect("/connexion");
    }
}

using Intake.App.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Admin;

/// <summary>
/// Accounts: create one, hand out a one-time link for its owner to choose a password (the administrator never
/// sees a password), reset it, change a role, disable or enable. Every change is audited by <see cref="UserStore"/>
/// and ends the account's open sessions. Administrators cannot disable or demote themselves.
/// </summary>
public sealed class UsersModel(UserStore users, PasswordLinks links) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];
    public string? Error { get; private set; }
    [TempData] public string? Message { get; set; }
    /// <summary>A one-time link just issued, shown once to the administrator to hand over.</summary>
    public (string UserName, string Url)? NewLink { get; private set; }
    private string Admin => User.Identity?.Name ?? "?";
    public int LinkHours => (int)Math.Round(links.ValidFor.TotalHours);

    public async Task OnGetAsync() => Users = await users.ListAsync();

    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? displayName, string? role)
    {
        var name = userName?.Trim().ToLowerInvariant() ?? "";
        if (!UserStore.IsValidUserName(name))
            return await Fail("Identifiant invalide : lettres minuscules, chiffres, « . », « _ » ou « - » (2 à 40 caractères).");
        if (role is null || !Roles.All.Contains(role)) return await Fail("Rôle inconnu.");
        if (!await users.CreateAsync(name, string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(), role, Admin))
            return await Fail($"Le compte « {name} » existe déjà : utilisez « Nouveau lien ».");
        return await ShowLinkAsync(name, resetPassword: false);
    }

    public async Task<IActionResult> OnPostLinkAsync(string? userName)
    {
        if (await users.FindAsync(userName ?? "") is null) return await Fail("Compte introuvable.", StatusCodes.Status404NotFound);
        return await ShowLinkAsync(userName!, resetPassword: true);
    }

    public async Task<IActionResult> OnPostRoleAsync(string? userName, string? role)
    {
        if (role is null || !Roles.All.Contains(role)) return await Fail("Rôle inconnu.");
        if (userName == Admin && role != Roles.Admin) return await Fail("Vous ne pouvez pas retirer votre propre rôle d'administrateur.", StatusCodes.Status409Conflict);
        if (!await users.ChangeRoleAsync(userName ?? "", role, Admin)) return await Fail("Compte introuvable.", StatusCodes.Status404NotFound);
        Message = $"Rôle de « {userName} » : {Roles.Label(role)}. Ses sessions ouvertes sont fermées.";
        return Redirect("/admin/utilisateurs");
    }

    public Task<IActionResult> OnPostDisableAsync(string? userName) => SetDisabledAsync(userName, true);

    public Task<IActionResult> OnPostEnableAsync(string? userName) => SetDisabledAsync(userName, false);

    private async Task<IActionResult> SetDisabledAsync(string? userName, bool disabled)
    {
        if (disabled && userName == Admin) return await Fail("Vous ne pouvez pas désactiver votre propre compte.", StatusCodes.Status409Conflict);
        if (!await users.SetDisabledAsync(userName ?? "", disabled, Admin)) return await Fail("Compte introuvable.", StatusCodes.Status404NotFound);
        Message = disabled ? $"Compte « {userName} » désactivé ; ses sessions sont fermées." : $"Compte « {userName} » réactivé.";
        return Redirect("/admin/utilisateurs");
    }

    private async Task<IActionResult> ShowLinkAsync(string userName, bool resetPassword)
    {
        var token = await users.IssueLinkAsync(userName, resetPassword, links.ValidFor, Admin);
        NewLink = (userName, links.Url(Request, token!));
        await OnGetAsync();
        return Page();
    }

    private async Task<IActionResult> Fail(string error, int status = StatusCodes.Status422UnprocessableEntity)
    {
        Error = error;
        await OnGetAsync();
        Response.StatusCode = status;
        return Page();
    }
}

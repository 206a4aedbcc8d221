using Intake.App.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intake.App.Web.Pages.Admin;

/// <summary>Accounts: create a user, reset a password (a new random one, shown once), change a role.</summary>
public sealed class UsersModel(UserStore users, Audit audit) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];
    public string? Error { get; private set; }
    /// <summary>The password just set, shown once to the administrator.</summary>
    public (string UserName, string Password)? NewPassword { get; private set; }
    private string Admin => User.Identity?.Name ?? "?";

    public async Task OnGetAsync() => Users = await users.ListAsync();

    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? displayName, string? role)
    {
        var name = userName?.Trim().ToLowerInvariant() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-z0-9._-]{1,39}$"))
            return await Fail("Identifiant invalide : lettres minuscules, chiffres, « . », « _ » ou « - » (2 à 40 caractères).");
        if (role is null || !Roles.All.Contains(role)) return await Fail("Rôle inconnu.");
        if (await users.ExistsAsync(name)) return await Fail($"Le compte « {name} » existe déjà : utilisez « Réinitialiser ».");
        var password = UserStore.NewPassword();
        await users.SetUserAsync(name, string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(), role, password);
        await audit.RecordAsync(Admin, "create_user", detail: new { user = name, role });
        NewPassword = (name, password);
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(string userName, string? role)
    {
        var user = (await users.ListAsync()).FirstOrDefault(u => u.UserName == userName);
        if (user is null) return await Fail("Compte introuvable.");
        var newRole = role is not null && Roles.All.Contains(role) ? role : user.Role;
        var password = UserStore.NewPassword();
        await users.SetUserAsync(user.UserName, user.DisplayName, newRole, password);
        await audit.RecordAsync(Admin, "reset_user", detail: new { user = user.UserName, role = newRole });
        NewPassword = (user.UserName, password);
        await OnGetAsync();
        return Page();
    }

    private async Task<IActionResult> Fail(string error)
    {
        Error = error;
        await OnGetAsync();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}

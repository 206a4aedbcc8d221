using Intake.App.Web.Auth;

namespace Intake.App.Hosting;

/// <summary>
/// At the very first start there is no account: an administrator "admin" is created with a random password,
/// printed once on the console (never a fixed default, never in the logs). `intake user` resets it.
/// </summary>
public static class FirstAdmin
{
    public static async Task EnsureAsync(UserStore users, IntakeSettings settings)
    {
        if (await users.AnyUserAsync()) return;
        var password = UserStore.NewPassword();
        await users.SetUserAsync("admin", "Administrateur", Roles.Admin, password);
        Console.WriteLine();
        Console.WriteLine("==================================================================");
        Console.WriteLine(" Premier démarrage : compte administrateur créé");
        Console.WriteLine($"   identifiant : admin");
        Console.WriteLine($"   mot de passe : {password}");
        Console.WriteLine(" (affiché une seule fois ; `scripts/intake user admin` le réinitialise)");
        Console.WriteLine("==================================================================");
        Console.WriteLine();
    }
}

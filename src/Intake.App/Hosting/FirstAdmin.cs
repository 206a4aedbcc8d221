using Intake.App.Web.Auth;

namespace Intake.App.Hosting;

/// <summary>
/// At the very first start there is no account: an administrator "admin" is created without a password, and a
/// one-time link to choose it is written to INTAKE_HOME/secrets/admin-link.txt, readable by the app's user and
/// root only (<see cref="SecretFile"/>). Nothing secret is printed: the console and container logs only show
/// where the file is. `intake user admin` issues a new link.
/// </summary>
public static class FirstAdmin
{
    public const string UserName = "admin";

    public static async Task<string?> EnsureAsync(UserStore users, IntakeSettings settings)
    {
        if (await users.AnyUserAsync()) return null;
        if (!await users.CreateAsync(UserName, "Administrateur", Roles.Admin, "installation")) return null; // another process was first
        var token = await users.IssueLinkAsync(UserName, resetPassword: false, settings.PasswordLinkLifetime, "installation");
        var path = SecretFile.Write(settings.Home, "admin-link.txt", SecretFile.LinkText(UserName, settings.Urls, token!, settings.PasswordLinkLifetime));
        Console.WriteLine();
        Console.WriteLine("==================================================================");
        Console.WriteLine(" Premier démarrage : compte administrateur « admin » créé.");
        Console.WriteLine($" Lien à usage unique pour choisir son mot de passe : dans {path}");
        Console.WriteLine(" (fichier lisible par ce compte système et root seulement ; `intake user admin` en crée un nouveau)");
        Console.WriteLine("==================================================================");
        Console.WriteLine();
        return path;
    }
}

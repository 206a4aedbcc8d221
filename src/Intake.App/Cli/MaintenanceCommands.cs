using System.CommandLine;
using Intake.App.Hosting;
using Intake.App.Web.Auth;
using Intake.Pipeline.Storage;

namespace Intake.App.Cli;

/// <summary>`intake migrate` and `intake user NAME [ROLE]`.</summary>
public static class MaintenanceCommands
{
    public static Command MigrateVerb()
    {
        var command = new Command("migrate", "apply the database migrations and exit");
        command.SetAction((_, ct) => MigrateAsync(ct));
        return command;
    }

    public static Command UserVerb()
    {
        var name = new Argument<string>("NAME") { Description = "the user name (login)" };
        var role = new Argument<string?>("ROLE") { Description = $"one of {string.Join(", ", Roles.All)} (default: admin for \"admin\", else reviewer; an existing account keeps its role unless given)", Arity = ArgumentArity.ZeroOrOne };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var command = new Command("user", "create a user or reset its password (its owner chooses it through a one-time link written to a root-only file)") { name, role };
        command.SetAction((r, ct) => UserAsync(r.GetValue(name)!, r.GetValue(role), ct));
        return command;
    }

    public static async Task<int> MigrateAsync(CancellationToken ct)
    {
        var settings = IntakeSettings.FromEnvironment();
        await using var db = new Database(settings.ConnectionString);
        var applied = await Migrator.MigrateAsync(db, ct);
        Console.WriteLine(applied.Count == 0 ? "database up to date" : $"applied: {string.Join(", ", applied)}");
        // Hangfire's schema too, so that the application's role never needs to create anything.
        await using (var conn = await db.OpenAsync())
            Hangfire.PostgreSql.PostgreSqlObjectsInstaller.Install(conn, "hangfire");
        if (settings.AppDatabaseRole is string role)
        {
            await Migrator.GrantAppRoleAsync(db, role);
            Console.WriteLine($"privileges of the application role {role} granted");
        }
        return 0;
    }

    /// <summary>
    /// `intake user NAME [ROLE]`: creates the account (role given, or admin for "admin", reviewer otherwise) or,
    /// for an existing account, resets its password — its role changes only when ROLE is given, and says so.
    /// Either way its owner gets a one-time link to choose a password, written to a file readable by this
    /// system user and root only (never printed). Every change is audited as done from the console.
    /// </summary>
    public static async Task<int> UserAsync(string name, string? role, CancellationToken ct)
    {
        if (!UserStore.IsValidUserName(name))
        {
            await Console.Error.WriteLineAsync("invalid user name: lower-case letters, digits, '.', '_' or '-', 2 to 40 characters, starting with a letter");
            return 2;
        }
        var settings = IntakeSettings.FromEnvironment();
        await using var db = new Database(settings.ConnectionString);
        await Migrator.MigrateAsync(db, ct);
        var (message, path) = await SetUpAccountAsync(new UserStore(db), settings, name, role, $"console:{Environment.UserName}");
        Console.WriteLine(message);
        Console.WriteLine($"lien à usage unique pour choisir le mot de passe : dans {path} (lisible par ce compte système et root seulement)");
        return 0;
    }

    /// <summary>What `intake user` does, without the console: returns the message and the link file's path.</summary>
    public static async Task<(string Message, string LinkFile)> SetUpAccountAsync(UserStore users, IntakeSettings settings, string name, string? role, string actor)
    {
        string message;
        var existing = await users.FindAsync(name);
        if (existing is null)
        {
            role ??= name == FirstAdmin.UserName ? Roles.Admin : Roles.Reviewer;
            await users.CreateAsync(name, name, role, actor);
            message = $"compte {name} créé ({Roles.Label(role)})";
        }
        else if (role is not null && role != existing.Role)
        {
            await users.ChangeRoleAsync(name, role, actor);
            message = $"compte {name} : rôle changé de {Roles.Label(existing.Role)} à {Roles.Label(role)} ; mot de passe réinitialisé";
        }
        else
        {
            message = $"compte {name} ({Roles.Label(existing.Role)}, rôle inchangé) : mot de passe réinitialisé";
        }
        var token = await users.IssueLinkAsync(name, resetPassword: existing is not null, settings.PasswordLinkLifetime, actor);
        var file = SecretFile.Write(settings.Home, $"password-link-{name}.txt", SecretFile.LinkText(name, settings.Urls, token!, settings.PasswordLinkLifetime));
        return (message, file);
    }
}

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
        var role = new Argument<string?>("ROLE") { Description = $"one of {string.Join(", ", Roles.All)} (default: admin for \"admin\", else reviewer)", Arity = ArgumentArity.ZeroOrOne };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var command = new Command("user", "create a user or reset its password (the password is printed once)") { name, role };
        command.SetAction((r, ct) => UserAsync(r.GetValue(name)!, r.GetValue(role), ct));
        return command;
    }

    public static async Task<int> MigrateAsync(CancellationToken ct)
    {
        var settings = IntakeSettings.FromEnvironment();
        await using var db = new Database(settings.ConnectionString);
        var applied = await Migrator.MigrateAsync(db, ct);
        Console.WriteLine(applied.Count == 0 ? "database up to date" : $"applied: {string.Join(", ", applied)}");
        return 0;
    }

    /// <summary>Creates the account or resets its password; the password is printed once.</summary>
    public static async Task<int> UserAsync(string name, string? role, CancellationToken ct)
    {
        role ??= name == "admin" ? Roles.Admin : Roles.Reviewer;
        var settings = IntakeSettings.FromEnvironment();
        await using var db = new Database(settings.ConnectionString);
        await Migrator.MigrateAsync(db, ct);
        var password = UserStore.NewPassword();
        await new UserStore(db).SetUserAsync(name, name, role, password);
        Console.WriteLine($"compte {name} ({Roles.Label(role)}) — mot de passe : {password}");
        return 0;
    }
}

using Intake.App.Hosting;
using Intake.App.Web.Auth;
using Intake.Pipeline.Storage;

namespace Intake.App.Cli;

public static class MaintenanceCommands
{
    public static async Task<int> MigrateAsync(string[] args)
    {
        var settings = IntakeSettings.From(IntakeSettings.Load(args));
        await using var db = new Database(settings.ConnectionString);
        var applied = await Migrator.MigrateAsync(db);
        Console.WriteLine(applied.Count == 0 ? "database up to date" : $"applied: {string.Join(", ", applied)}");
        return 0;
    }

    /// <summary>`intake user NAME [ROLE]`: creates the account or resets its password; the password is printed once.</summary>
    public static async Task<int> UserAsync(string[] args)
    {
        if (args.Length < 1)
        {
            await Console.Error.WriteLineAsync($"usage: intake user NAME [{string.Join('|', Roles.All)}]");
            return 2;
        }
        var role = args.Length > 1 ? args[1] : (args[0] == "admin" ? Roles.Admin : Roles.Reviewer);
        if (!Roles.All.Contains(role))
        {
            await Console.Error.WriteLineAsync($"unknown role {role}; roles: {string.Join(", ", Roles.All)}");
            return 2;
        }
        var settings = IntakeSettings.From(IntakeSettings.Load([]));
        await using var db = new Database(settings.ConnectionString);
        await Migrator.MigrateAsync(db);
        var password = UserStore.NewPassword();
        await new UserStore(db).SetUserAsync(args[0], args[0], role, password);
        Console.WriteLine($"compte {args[0]} ({Roles.Label(role)}) — mot de passe : {password}");
        return 0;
    }
}

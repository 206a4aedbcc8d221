using System.CommandLine;
using Intake.App.Hosting;

namespace Intake.App.Cli;

/// <summary>
/// `intake demo`: the main job of the README. The committed sample mail (sample-docs/inbox) is copied into the
/// watched folder once (a marker file in INTAKE_HOME remembers it), then the dashboard and the worker start.
/// </summary>
public static class DemoCommand
{
    public const string CopiedMarker = ".demo-mail-copied";

    public static Command Verb()
    {
        var command = new Command("demo", "copy the sample mail (sample-docs/inbox) into the watched folder once, then serve");
        command.SetAction((_, ct) => RunAsync(ct));
        return command;
    }

    public static async Task<int> RunAsync(CancellationToken ct)
    {
        var settings = IntakeSettings.FromEnvironment();
        var marker = Path.Combine(settings.Home, CopiedMarker);
        var sample = IntakeSettings.FindRepositoryRoot() is { } root ? Path.Combine(root, "sample-docs", "inbox") : null;
        if (!File.Exists(marker))
        {
            if (sample is null || !Directory.Exists(sample))
            {
                await Console.Error.WriteLineAsync("intake demo: sample-docs/inbox not found (run from a clone of the repository)");
                return 1;
            }
            foreach (var file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(settings.Inbox, Path.GetRelativePath(sample, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
            Directory.CreateDirectory(settings.Home);
            await File.WriteAllTextAsync(marker, "", ct);
            Console.WriteLine($"sample mail copied into the watched folder {settings.Inbox}");
        }
        return await WebHost.RunAsync(web: true, worker: true, ct);
    }
}

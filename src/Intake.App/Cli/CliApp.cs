using System.CommandLine;
using Intake.App.Hosting;

namespace Intake.App.Cli;

/// <summary>
/// The verbs of `scripts/intake VERB …` (System.CommandLine): `intake --help` lists them, `intake VERB --help`
/// prints a verb's usage. Without a verb the program serves (dashboard + worker). A bad option or value is one line
/// on stderr and exit code 2; the verb is not run.
/// </summary>
public static class CliApp
{
    public const int UsageError = 2;

    public static RootCommand Build()
    {
        var root = new RootCommand("Intake: the claim-file intake of a CCI (docs/procedure.md). Without a verb: serve.");
        root.SetAction((_, ct) => WebHost.RunAsync(web: true, worker: true, ct));
        root.Add(Host("serve", "dashboard + worker (watched folder, Hangfire) in one process (the default)", web: true, worker: true));
        root.Add(Host("web", "the dashboard only", web: true, worker: false));
        root.Add(Host("worker", "a worker only: watched folder + Hangfire server, no HTTP port; run several on one database", web: false, worker: true));
        root.Add(DemoCommand.Verb());
        root.Add(MaintenanceCommands.MigrateVerb());
        root.Add(MaintenanceCommands.UserVerb());
        root.Add(RulesCommandVerb.Verb());
        root.Add(EvalCommand.Verb());
        root.Add(GenerateCommand.Verb());
        root.Add(InspectCommand.Verb());
        root.Add(TrainCommand.Verb());
        root.Add(Bench.BenchCommand.Verb());
        root.Add(Web.Bench.BenchWebCommand.Verb());
        root.Add(AccuracyTableCommand.Verb());
        return root;
    }

    /// <summary>Parses and runs; <c>intake help [VERB]</c> is <c>intake [VERB] --help</c>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken ct = default)
    {
        if (args is ["help", .. var verb]) args = [.. verb, "--help"];
        var result = Build().Parse(args);
        var err = error ?? Console.Error;
        if (result.Errors.Count > 0)
        {
            var verbName = result.CommandResult.Command is RootCommand ? "intake" : $"intake {result.CommandResult.Command.Name}";
            var message = string.Join("; ", result.Errors.Select(e => string.Join(' ', e.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
            await err.WriteLineAsync($"{verbName}: {message} (see: {verbName} --help)");
            return UsageError;
        }
        try
        {
            return await result.InvokeAsync(new InvocationConfiguration
            {
                Output = output ?? Console.Out,
                Error = err,
                EnableDefaultExceptionHandler = false,
            }, ct);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            // A setting with a bad value (INTAKE_…): one clear message, no stack trace, nothing started.
            await err.WriteLineAsync($"intake: invalid settings: {string.Join("; ", e.Failures)}");
            return UsageError;
        }
    }

    private static Command Host(string name, string description, bool web, bool worker)
    {
        var command = new Command(name, description + ". Settings come from the environment (INTAKE_…, see README).");
        command.SetAction((_, ct) => WebHost.RunAsync(web, worker, ct));
        return command;
    }
}

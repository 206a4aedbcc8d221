namespace Intake.App.Cli;

/// <summary>
/// The verbs of `scripts/intake VERB …`. `serve` (the default) runs the dashboard and the worker in one process;
/// `worker` runs a worker only (start several, on one or more machines, against the same database).
/// </summary>
public static class CliApp
{
    private static readonly Dictionary<string, (string Help, Func<string[], Task<int>> Run)> Verbs = new()
    {
        ["serve"] = ("dashboard + worker (watched folder, Hangfire) in one process", a => Hosting.WebHost.RunAsync(a, web: true, worker: true)),
        ["web"] = ("dashboard only", a => Hosting.WebHost.RunAsync(a, web: true, worker: false)),
        ["worker"] = ("worker only: watched folder + Hangfire server", a => Hosting.WebHost.RunAsync(a, web: false, worker: true)),
        ["migrate"] = ("apply database migrations and exit", MaintenanceCommands.MigrateAsync),
        ["user"] = ("user NAME [ROLE]: create a user or reset its password (prints it once)", MaintenanceCommands.UserAsync),
        ["rules"] = ("rules --facts FILE | --facts-lines FILE: evaluate the rules engine on facts", RulesCommandVerb.RunAsync),
        ["eval"] = ("eval --inbox DIR --out DIR [--truth DIR] [--keep-db]: run the pipeline on a corpus (scratch database, dropped unless --keep-db) and score it", EvalCommand.RunAsync),
        ["generate"] = ("generate --out DIR [--seed N] [--dossiers N] [--large]: write a sample mail corpus", GenerateCommand.RunAsync),
        ["bench-web"] = ("bench-web [--server CONN] [--dossiers N] [--pages N] [--requests N] [--keep]: dashboard latency on a seeded database", Web.Bench.BenchWebCommand.RunAsync),
        ["bench"] = ("bench [--dossiers N] [--seed N] [--read-ahead N] [--keep] [--keep-db]: Intake vs tesseract CLI, ocrmypdf, pdftotext", Bench.BenchCommand.RunAsync),
        ["accuracy-table"] = ("accuracy-table --scores FILE --corpus NAME: rewrite the README's accuracy section", AccuracyTableCommand.RunAsync),
        ["inspect"] = ("inspect FILE… [--text] [--boxes]: show the pages, types and fields the pipeline reads from files (no database)", InspectCommand.RunAsync),
        ["train"] = ("train [--pages N] [--no-db] [--force]: rebuild the page classifier (models/)", TrainCommand.RunAsync),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Length == 0 || args[0].StartsWith('-') ? "serve" : args[0];
        var rest = args.Length == 0 || args[0].StartsWith('-') ? args : args[1..];
        if (verb is "help" or "--help" or "-h")
        {
            Console.WriteLine("usage: intake VERB [options]");
            foreach (var (name, (help, _)) in Verbs) Console.WriteLine($"  {name,-10} {help}");
            return 0;
        }
        if (!Verbs.TryGetValue(verb, out var v))
        {
            await Console.Error.WriteLineAsync($"intake: unknown verb '{verb}' (try: intake help)");
            return 2;
        }
        return await v.Run(rest);
    }
}

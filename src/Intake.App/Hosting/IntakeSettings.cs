using Intake.Pipeline;
using Microsoft.Extensions.Configuration;

namespace Intake.App.Hosting;

/// <summary>
/// Everything the hosts need, from configuration (appsettings, then environment variables prefixed INTAKE_):
/// INTAKE_DB (PostgreSQL connection string; scripts/intake sets it to its private cluster), INTAKE_HOME (data
/// folder: archive, quarantine, default inbox, page images), INTAKE_INBOX (the watched folder), INTAKE_URLS,
/// INTAKE_WORKERS (Hangfire workers; default: the core count), INTAKE_MODELS (the models folder).
/// </summary>
public sealed record IntakeSettings(string ConnectionString, string Home, string Inbox, string Urls, int Workers, string ModelsDir)
{
    public PipelineOptions Pipeline => new()
    {
        Inbox = Inbox,
        Archive = Path.Combine(Home, "archive"),
        Quarantine = Path.Combine(Home, "quarantine"),
    };

    public static IntakeSettings From(IConfiguration config)
    {
        var db = config["DB"] ?? config.GetConnectionString("Intake")
            ?? throw new InvalidOperationException("No database configured: set INTAKE_DB, or start through scripts/intake, which starts a private PostgreSQL.");
        var home = Path.GetFullPath(config["HOME"] ?? Path.Combine(Directory.GetCurrentDirectory(), ".intake"));
        var inbox = Path.GetFullPath(config["INBOX"] ?? Path.Combine(home, "inbox"));
        var workers = int.TryParse(config["WORKERS"], out var w) && w > 0 ? w : Environment.ProcessorCount;
        var models = Path.GetFullPath(config["MODELS"] ?? FindModelsDir());
        return new IntakeSettings(db, home, inbox, config["URLS"] ?? "http://127.0.0.1:5080", workers, models);
    }

    public static IConfiguration Load(string[]? args = null) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables("INTAKE_")
        .AddCommandLine(args ?? [])
        .Build();

    /// <summary>The repository's models/ folder (walking up from the binaries), else ./models.</summary>
    private static string FindModelsDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Intake.sln"))) return Path.Combine(dir.FullName, "models");
        return Path.Combine(Directory.GetCurrentDirectory(), "models");
    }
}

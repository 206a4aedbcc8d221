using System.Globalization;
using Intake.Pipeline;
using Microsoft.Extensions.Configuration;

namespace Intake.App.Hosting;

/// <summary>
/// Everything the hosts need, from configuration (appsettings, then environment variables prefixed INTAKE_):
/// INTAKE_DB (PostgreSQL connection string; scripts/intake sets it to its private cluster), INTAKE_HOME (data
/// folder: archive, quarantine, default inbox, page images), INTAKE_INBOX (the watched folder), INTAKE_URLS,
/// INTAKE_WORKERS (Hangfire workers; default: the core count), INTAKE_MODELS (the models folder).
/// Limits, in seconds: INTAKE_FILE_TIMEOUT_SECONDS (longest processing of one file, then quarantine),
/// INTAKE_STABLE_SECONDS (a file is taken once unchanged this long), INTAKE_RESCAN_SECONDS (periodic inbox
/// rescan), INTAKE_JOB_LEASE_SECONDS (a job whose worker died is run again after this long),
/// INTAKE_REQUEUE_AFTER_SECONDS (a pending file without a live job is queued again); INTAKE_MAX_ATTEMPTS.
/// </summary>
public sealed record IntakeSettings(string ConnectionString, string Home, string Inbox, string Urls, int Workers, string ModelsDir)
{
    private static readonly PipelineOptions Defaults = new() { Inbox = "", Archive = "", Quarantine = "" };

    public TimeSpan FileTimeout { get; init; } = Defaults.FileTimeout;
    public TimeSpan StableFor { get; init; } = Defaults.StableFor;
    public TimeSpan RescanEvery { get; init; } = Defaults.RescanEvery;
    public TimeSpan RequeueAfter { get; init; } = Defaults.RequeueAfter;
    public int MaxAttempts { get; init; } = Defaults.MaxAttempts;

    /// <summary>
    /// Hangfire's invisibility timeout. Jobs of a live worker keep their lease (sliding timeout, refreshed every
    /// fifth of it); a job whose worker was killed is fetched again once the lease has run out.
    /// </summary>
    public TimeSpan JobLease { get; init; } = TimeSpan.FromMinutes(5);

    public PipelineOptions Pipeline => new()
    {
        Inbox = Inbox,
        Archive = Path.Combine(Home, "archive"),
        Quarantine = Path.Combine(Home, "quarantine"),
        FileTimeout = FileTimeout,
        StableFor = StableFor,
        RescanEvery = RescanEvery,
        RequeueAfter = RequeueAfter,
        MaxAttempts = MaxAttempts,
    };

    public static IntakeSettings From(IConfiguration config)
    {
        var db = config["DB"] ?? config.GetConnectionString("Intake")
            ?? throw new InvalidOperationException("No database configured: set INTAKE_DB, or start through scripts/intake, which starts a private PostgreSQL.");
        var home = Path.GetFullPath(config["HOME"] ?? Path.Combine(Directory.GetCurrentDirectory(), ".intake"));
        var inbox = Path.GetFullPath(config["INBOX"] ?? Path.Combine(home, "inbox"));
        var workers = int.TryParse(config["WORKERS"], out var w) && w > 0 ? w : Environment.ProcessorCount;
        var models = Path.GetFullPath(config["MODELS"] ?? FindModelsDir());
        var defaults = new IntakeSettings(db, home, inbox, config["URLS"] ?? "http://127.0.0.1:5080", workers, models);
        return defaults with
        {
            FileTimeout = Seconds(config, "FILE_TIMEOUT_SECONDS") ?? defaults.FileTimeout,
            StableFor = Seconds(config, "STABLE_SECONDS") ?? defaults.StableFor,
            RescanEvery = Seconds(config, "RESCAN_SECONDS") ?? defaults.RescanEvery,
            RequeueAfter = Seconds(config, "REQUEUE_AFTER_SECONDS") ?? defaults.RequeueAfter,
            JobLease = Seconds(config, "JOB_LEASE_SECONDS") ?? defaults.JobLease,
            MaxAttempts = int.TryParse(config["MAX_ATTEMPTS"], out var a) && a > 0 ? a : defaults.MaxAttempts,
        };
    }

    public static IConfiguration Load(string[]? args = null) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables("INTAKE_")
        .AddCommandLine(args ?? [])
        .Build();

    /// <summary>A positive number of seconds (decimals allowed), or null when the key is absent or invalid.</summary>
    private static TimeSpan? Seconds(IConfiguration config, string key) =>
        double.TryParse(config[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? TimeSpan.FromSeconds(s) : null;

    /// <summary>The repository's models/ folder (walking up from the binaries), else ./models.</summary>
    public static string FindModelsDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Intake.sln"))) return Path.Combine(dir.FullName, "models");
        return Path.Combine(Directory.GetCurrentDirectory(), "models");
    }
}

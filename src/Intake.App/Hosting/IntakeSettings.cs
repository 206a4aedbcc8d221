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
/// Security: INTAKE_SESSION_IDLE_MINUTES (30), INTAKE_SESSION_MAX_HOURS (absolute session lifetime, 10),
/// INTAKE_PASSWORD_LINK_HOURS (one-time links, 24), INTAKE_TRUSTED_PROXIES (addresses or CIDR networks of the
/// TLS proxies whose X-Forwarded-For/-Proto are believed; none by default), INTAKE_REQUIRE_TLS (true: Secure
/// cookies and HSTS even on loopback; they are on anyway whenever the dashboard listens beyond loopback),
/// INTAKE_PAGE_IMAGES_PER_MINUTE (page images per user and minute, 300), INTAKE_APP_DB_ROLE (the application's
/// database role, granted its privileges by `intake migrate`). Retention, in days: INTAKE_RETAIN_ORIGINALS_DAYS,
/// INTAKE_RETAIN_QUARANTINE_DAYS, INTAKE_RETAIN_PAGE_TEXT_DAYS, INTAKE_RETAIN_AUDIT_DAYS,
/// INTAKE_RETAIN_PAGE_IMAGES_DAYS (Retention/RetentionPolicy for the defaults); INTAKE_RETENTION_CRON (when the
/// purge runs, Hangfire cron, default daily 03:17). Models trained on real pages go to INTAKE_TRAINED_MODELS
/// (default INTAKE_HOME/models), never to the tracked models folder.
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

    public TimeSpan SessionIdle { get; init; } = TimeSpan.FromMinutes(30);
    public TimeSpan SessionMax { get; init; } = TimeSpan.FromHours(10);
    public TimeSpan PasswordLinkLifetime { get; init; } = TimeSpan.FromHours(24);
    /// <summary>Proxies (addresses or CIDR networks) whose forwarded headers are believed; empty: none.</summary>
    public IReadOnlyList<string> TrustedProxies { get; init; } = [];
    /// <summary>Secure cookies and HSTS: forced by INTAKE_REQUIRE_TLS, and always on unless the dashboard listens on loopback only.</summary>
    public bool RequireTls { get; init; }
    public int PageImagesPerMinute { get; init; } = 300;
    /// <summary>The database role the application runs as, granted its privileges by `intake migrate` (run as the owner).</summary>
    public string? AppDatabaseRole { get; init; }
    public Intake.Pipeline.Retention.RetentionPolicy Retention { get; init; } = new();
    public string RetentionCron { get; init; } = "17 3 * * *";
    /// <summary>Where models trained on reviewer-confirmed (real) pages go: never the tracked models/ folder.</summary>
    public string TrainedModelsDir => Path.Combine(Home, "models");

    /// <summary>True when every listening address is a loopback one (a local demo or test: plain HTTP never leaves the machine).</summary>
    public static bool LoopbackOnly(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .All(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host is "127.0.0.1" or "[::1]"));

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
        PageImages = Path.Combine(Home, "page-images"),
        Retention = Retention,
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
            SessionIdle = Seconds(config, "SESSION_IDLE_MINUTES", 60) ?? defaults.SessionIdle,
            SessionMax = Seconds(config, "SESSION_MAX_HOURS", 3600) ?? defaults.SessionMax,
            PasswordLinkLifetime = Seconds(config, "PASSWORD_LINK_HOURS", 3600) ?? defaults.PasswordLinkLifetime,
            TrustedProxies = (config["TRUSTED_PROXIES"] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries),
            RequireTls = bool.TryParse(config["REQUIRE_TLS"], out var tls) && tls || !LoopbackOnly(defaults.Urls),
            PageImagesPerMinute = int.TryParse(config["PAGE_IMAGES_PER_MINUTE"], out var ppm) && ppm > 0 ? ppm : defaults.PageImagesPerMinute,
            AppDatabaseRole = config["APP_DB_ROLE"] is { Length: > 0 } role ? role : null,
            RetentionCron = config["RETENTION_CRON"] is { Length: > 0 } cron ? cron : defaults.RetentionCron,
            Retention = new Intake.Pipeline.Retention.RetentionPolicy
            {
                Originals = Seconds(config, "RETAIN_ORIGINALS_DAYS", 86400) ?? defaults.Retention.Originals,
                Quarantine = Seconds(config, "RETAIN_QUARANTINE_DAYS", 86400) ?? defaults.Retention.Quarantine,
                PageText = Seconds(config, "RETAIN_PAGE_TEXT_DAYS", 86400) ?? defaults.Retention.PageText,
                AuditLog = Seconds(config, "RETAIN_AUDIT_DAYS", 86400) ?? defaults.Retention.AuditLog,
                PageImages = Seconds(config, "RETAIN_PAGE_IMAGES_DAYS", 86400) ?? defaults.Retention.PageImages,
            },
        };
    }

    public static IConfiguration Load(string[]? args = null) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables("INTAKE_")
        .AddCommandLine(args ?? [])
        .Build();

    /// <summary>A positive number of seconds — or of units of <paramref name="unitSeconds"/> — (decimals allowed), or null when the key is absent or invalid.</summary>
    private static TimeSpan? Seconds(IConfiguration config, string key, double unitSeconds = 1) =>
        double.TryParse(config[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? TimeSpan.FromSeconds(s * unitSeconds) : null;

    /// <summary>The repository's models/ folder (walking up from the binaries), else ./models.</summary>
    public static string FindModelsDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Intake.sln"))) return Path.Combine(dir.FullName, "models");
        return Path.Combine(Directory.GetCurrentDirectory(), "models");
    }
}

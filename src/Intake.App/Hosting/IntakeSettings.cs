using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Intake.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Intake.App.Hosting;

/// <summary>
/// Everything the hosts and verbs need, resolved from <see cref="IntakeOptions"/> (appsettings, then environment
/// variables prefixed INTAKE_): INTAKE_DB (PostgreSQL connection string; scripts/intake sets it to its private
/// cluster), INTAKE_HOME (data folder: archive, quarantine, default inbox), INTAKE_INBOX (the watched folder),
/// INTAKE_URLS, INTAKE_WORKERS (Hangfire workers; default: the core count), INTAKE_MODELS (the models folder).
/// Limits, in seconds: INTAKE_FILE_TIMEOUT_SECONDS (longest processing of one file, then quarantine),
/// INTAKE_STABLE_SECONDS (a file is taken once unchanged this long), INTAKE_RESCAN_SECONDS (periodic inbox rescan),
/// INTAKE_JOB_LEASE_SECONDS (a job whose worker died is run again after this long), INTAKE_REQUEUE_AFTER_SECONDS (a
/// pending file without a live job is queued again); INTAKE_MAX_ATTEMPTS (the file job's one retry limit);
/// INTAKE_RETRAIN_CRON (when the classifier is retrained, or "off").
/// Security: INTAKE_SESSION_IDLE_MINUTES (30), INTAKE_SESSION_MAX_HOURS (absolute session lifetime, 10),
/// INTAKE_PASSWORD_LINK_HOURS (one-time links, 24), INTAKE_TRUSTED_PROXIES (addresses or CIDR networks of the
/// TLS proxies whose X-Forwarded-For/-Proto are believed; none by default), INTAKE_REQUIRE_TLS (true: Secure
/// cookies and HSTS even on loopback; they are on anyway whenever the dashboard listens beyond loopback),
/// INTAKE_PAGE_IMAGES_PER_MINUTE (page images per user and minute, 300), INTAKE_APP_DB_ROLE (the application's
/// database role, granted its privileges by `intake migrate`). Retention, in days: INTAKE_RETAIN_ORIGINALS_DAYS,
/// INTAKE_RETAIN_QUARANTINE_DAYS, INTAKE_RETAIN_PAGE_TEXT_DAYS, INTAKE_RETAIN_AUDIT_DAYS,
/// INTAKE_RETAIN_PAGE_IMAGES_DAYS (Retention/RetentionPolicy for the defaults); INTAKE_RETENTION_CRON (when the
/// purge runs, Hangfire cron, default daily 03:17). Models trained on real pages go to INTAKE_HOME/models, never
/// to the tracked models folder. A value that is not valid stops the process at start with a message naming the
/// variable (<see cref="OptionsValidationException"/>); none is ignored.
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

    /// <summary>The cron schedule of the classifier retraining job; null when it is off.</summary>
    public string? RetrainCron { get; init; } = RetrainSchedule.DefaultCron;

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

    /// <summary>Binds and validates the options of <paramref name="config"/>, then fills in the defaults.</summary>
    /// <exception cref="OptionsValidationException">a value that is not valid (the message names its variable).</exception>
    public static IntakeSettings From(IConfiguration config) => Resolve(Validated(Bind(config)));

    /// <summary>The settings of this process's environment (and appsettings.json beside the binaries).</summary>
    public static IntakeSettings FromEnvironment() => From(Load());

    /// <summary>Settings for verbs that need no database (<c>intake train --no-db</c>).</summary>
    public static IntakeSettings WithoutDatabase() =>
        From(new ConfigurationBuilder().AddConfiguration(Load()).AddInMemoryCollection(new Dictionary<string, string?> { ["DB"] = "Host=none" }).Build());

    /// <summary>The Options pattern for hosts: bound from configuration, validated when the host starts.</summary>
    public static void AddTo(IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<IntakeOptions>()
            .Bind(config)
            .PostConfigure(o => o.Db ??= config.GetConnectionString("Intake"))
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }

    public static IConfiguration Load() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables("INTAKE_")
        .Build();

    /// <summary>The options of a configuration; a number that does not parse is a validation failure.</summary>
    /// <exception cref="OptionsValidationException">a numeric setting that is not a number (its variable named).</exception>
    public static IntakeOptions Bind(IConfiguration config)
    {
        var failures = new List<string>();
        foreach (var property in typeof(IntakeOptions).GetProperties())
        {
            var key = property.GetCustomAttributes(typeof(ConfigurationKeyNameAttribute), false).Cast<ConfigurationKeyNameAttribute>().Single().Name;
            if (config[key] is not { } text) continue;
            if (property.PropertyType == typeof(int?) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                failures.Add($"INTAKE_{key} must be a whole number, not '{text}'");
            else if (property.PropertyType == typeof(double?) && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                failures.Add($"INTAKE_{key} must be a number of seconds (decimals with a point), not '{text}'");
        }
        if (failures.Count > 0) throw new OptionsValidationException(Options.DefaultName, typeof(IntakeOptions), failures);
        var options = config.Get<IntakeOptions>() ?? new IntakeOptions();
        options.Db ??= config.GetConnectionString("Intake");
        return options;
    }

    /// <summary>The data-annotation checks of <see cref="IntakeOptions"/> (those <c>ValidateDataAnnotations</c> runs), each failure its own message.</summary>
    public static IntakeOptions Validated(IntakeOptions options)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            throw new OptionsValidationException(Options.DefaultName, typeof(IntakeOptions), results.Select(r => r.ErrorMessage ?? "invalid setting"));
        return options;
    }

    /// <summary>Fills in the defaults of what was not configured.</summary>
    public static IntakeSettings Resolve(IntakeOptions o)
    {
        var home = Path.GetFullPath(o.Home ?? Path.Combine(Directory.GetCurrentDirectory(), ".intake"));
        var settings = new IntakeSettings(
            o.Db!,
            home,
            Path.GetFullPath(o.Inbox ?? Path.Combine(home, "inbox")),
            o.Urls ?? "http://127.0.0.1:5080",
            o.Workers ?? Environment.ProcessorCount,
            Path.GetFullPath(o.Models ?? FindModelsDir()));
        return settings with
        {
            FileTimeout = Seconds(o.FileTimeoutSeconds) ?? settings.FileTimeout,
            StableFor = Seconds(o.StableSeconds) ?? settings.StableFor,
            RescanEvery = Seconds(o.RescanSeconds) ?? settings.RescanEvery,
            RequeueAfter = Seconds(o.RequeueAfterSeconds) ?? settings.RequeueAfter,
            JobLease = Seconds(o.JobLeaseSeconds) ?? settings.JobLease,
            MaxAttempts = o.MaxAttempts ?? settings.MaxAttempts,
            RetrainCron = o.RetrainCron is { } cron ? (RetrainSchedule.IsOff(cron) ? null : cron.Trim()) : settings.RetrainCron,
            SessionIdle = Units(o.SessionIdleMinutes, 60) ?? settings.SessionIdle,
            SessionMax = Units(o.SessionMaxHours, 3600) ?? settings.SessionMax,
            PasswordLinkLifetime = Units(o.PasswordLinkHours, 3600) ?? settings.PasswordLinkLifetime,
            TrustedProxies = (o.TrustedProxies ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries),
            RequireTls = o.RequireTls == true || !LoopbackOnly(settings.Urls),
            PageImagesPerMinute = o.PageImagesPerMinute ?? settings.PageImagesPerMinute,
            AppDatabaseRole = o.AppDbRole is { Length: > 0 } role ? role : null,
            RetentionCron = o.RetentionCron is { Length: > 0 } retention ? retention : settings.RetentionCron,
            Retention = new Intake.Pipeline.Retention.RetentionPolicy
            {
                Originals = Units(o.RetainOriginalsDays, 86400) ?? settings.Retention.Originals,
                Quarantine = Units(o.RetainQuarantineDays, 86400) ?? settings.Retention.Quarantine,
                PageText = Units(o.RetainPageTextDays, 86400) ?? settings.Retention.PageText,
                AuditLog = Units(o.RetainAuditDays, 86400) ?? settings.Retention.AuditLog,
                PageImages = Units(o.RetainPageImagesDays, 86400) ?? settings.Retention.PageImages,
            },
        };
    }

    private static TimeSpan? Seconds(double? s) => s is { } v ? TimeSpan.FromSeconds(v) : null;

    /// <summary>A number of units of <paramref name="unitSeconds"/> seconds (minutes, hours, days), or null when not configured.</summary>
    private static TimeSpan? Units(double? count, double unitSeconds) => count is { } v ? TimeSpan.FromSeconds(v * unitSeconds) : null;

    /// <summary>The repository's models/ folder (walking up from the binaries), else ./models.</summary>
    public static string FindModelsDir() => Path.Combine(FindRepositoryRoot() ?? Directory.GetCurrentDirectory(), "models");

    /// <summary>The repository holding the binaries (the folder of Intake.sln above them), or null.</summary>
    public static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Intake.sln"))) return dir.FullName;
        return null;
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Intake.App.Hosting;

/// <summary>
/// The settings as configured (appsettings, then environment variables prefixed INTAKE_), before defaults are
/// filled in. Validated with data annotations when the process starts (<c>ValidateOnStart</c>, and
/// <see cref="IntakeSettings.From"/> for the command-line verbs): a bad value stops the process with a message that
/// names the variable. Every key keeps the name of its environment variable without the prefix.
/// </summary>
public sealed class IntakeOptions : IValidatableObject
{
    /// <summary>INTAKE_DB: the PostgreSQL connection string (or ConnectionStrings:Intake).</summary>
    [ConfigurationKeyName("DB")]
    [Required(ErrorMessage = "no database configured: set INTAKE_DB, or start through scripts/intake, which starts a private PostgreSQL")]
    public string? Db { get; set; }

    /// <summary>INTAKE_HOME: the data folder (archive, quarantine, default inbox); default ./.intake.</summary>
    [ConfigurationKeyName("HOME")] public string? Home { get; set; }

    /// <summary>INTAKE_INBOX: the watched folder; default HOME/inbox.</summary>
    [ConfigurationKeyName("INBOX")] public string? Inbox { get; set; }

    /// <summary>INTAKE_URLS: where the dashboard listens, e.g. http://127.0.0.1:5080 (several separated by ';').</summary>
    [ConfigurationKeyName("URLS")] public string? Urls { get; set; }

    /// <summary>INTAKE_WORKERS: Hangfire workers (and OCR engines) per process; default the core count.</summary>
    [ConfigurationKeyName("WORKERS")]
    [Range(1, 64, ErrorMessage = "INTAKE_WORKERS must be a whole number from 1 to 64")]
    public int? Workers { get; set; }

    /// <summary>INTAKE_MODELS: the folder of the page classifier; default the repository's models/.</summary>
    [ConfigurationKeyName("MODELS")] public string? Models { get; set; }

    /// <summary>INTAKE_FILE_TIMEOUT_SECONDS: longest processing of one file, then quarantine.</summary>
    [ConfigurationKeyName("FILE_TIMEOUT_SECONDS")]
    [Range(0.1, 86_400, ErrorMessage = "INTAKE_FILE_TIMEOUT_SECONDS must be a number of seconds from 0.1 to 86400")]
    public double? FileTimeoutSeconds { get; set; }

    /// <summary>INTAKE_STABLE_SECONDS: a file is taken once unchanged this long.</summary>
    [ConfigurationKeyName("STABLE_SECONDS")]
    [Range(0.1, 3_600, ErrorMessage = "INTAKE_STABLE_SECONDS must be a number of seconds from 0.1 to 3600")]
    public double? StableSeconds { get; set; }

    /// <summary>INTAKE_RESCAN_SECONDS: the periodic rescan of the inbox.</summary>
    [ConfigurationKeyName("RESCAN_SECONDS")]
    [Range(0.1, 3_600, ErrorMessage = "INTAKE_RESCAN_SECONDS must be a number of seconds from 0.1 to 3600")]
    public double? RescanSeconds { get; set; }

    /// <summary>INTAKE_REQUEUE_AFTER_SECONDS: a pending file without a live job is queued again after this long.</summary>
    [ConfigurationKeyName("REQUEUE_AFTER_SECONDS")]
    [Range(0.1, 86_400, ErrorMessage = "INTAKE_REQUEUE_AFTER_SECONDS must be a number of seconds from 0.1 to 86400")]
    public double? RequeueAfterSeconds { get; set; }

    /// <summary>INTAKE_JOB_LEASE_SECONDS: Hangfire's invisibility timeout (a killed worker's jobs run again after it).</summary>
    [ConfigurationKeyName("JOB_LEASE_SECONDS")]
    [Range(1, 86_400, ErrorMessage = "INTAKE_JOB_LEASE_SECONDS must be a number of seconds from 1 to 86400")]
    public double? JobLeaseSeconds { get; set; }

    /// <summary>INTAKE_MAX_ATTEMPTS: the one retry limit of the file job (then the file is quarantined).</summary>
    [ConfigurationKeyName("MAX_ATTEMPTS")]
    [Range(1, 20, ErrorMessage = "INTAKE_MAX_ATTEMPTS must be a whole number from 1 to 20")]
    public int? MaxAttempts { get; set; }

    /// <summary>INTAKE_RETRAIN_CRON: when the classifier retraining job runs (cron, server time), or "off".</summary>
    [ConfigurationKeyName("RETRAIN_CRON")] public string? RetrainCron { get; set; }

    /// <summary>INTAKE_SESSION_IDLE_MINUTES: a session unused this long ends (default 30).</summary>
    [ConfigurationKeyName("SESSION_IDLE_MINUTES")]
    [Range(1, 1_440, ErrorMessage = "INTAKE_SESSION_IDLE_MINUTES must be a number of minutes from 1 to 1440")]
    public double? SessionIdleMinutes { get; set; }

    /// <summary>INTAKE_SESSION_MAX_HOURS: the absolute lifetime of a session, however active (default 10).</summary>
    [ConfigurationKeyName("SESSION_MAX_HOURS")]
    [Range(0.1, 168, ErrorMessage = "INTAKE_SESSION_MAX_HOURS must be a number of hours from 0.1 to 168")]
    public double? SessionMaxHours { get; set; }

    /// <summary>INTAKE_PASSWORD_LINK_HOURS: how long a one-time password link stays valid (default 24).</summary>
    [ConfigurationKeyName("PASSWORD_LINK_HOURS")]
    [Range(0.1, 720, ErrorMessage = "INTAKE_PASSWORD_LINK_HOURS must be a number of hours from 0.1 to 720")]
    public double? PasswordLinkHours { get; set; }

    /// <summary>INTAKE_TRUSTED_PROXIES: addresses or CIDR networks of the TLS proxies whose forwarded headers are believed.</summary>
    [ConfigurationKeyName("TRUSTED_PROXIES")] public string? TrustedProxies { get; set; }

    /// <summary>INTAKE_REQUIRE_TLS: true forces Secure cookies and HSTS even when listening on loopback only.</summary>
    [ConfigurationKeyName("REQUIRE_TLS")] public bool? RequireTls { get; set; }

    /// <summary>INTAKE_PAGE_IMAGES_PER_MINUTE: page images one user may open per minute (default 300).</summary>
    [ConfigurationKeyName("PAGE_IMAGES_PER_MINUTE")]
    [Range(1, 100_000, ErrorMessage = "INTAKE_PAGE_IMAGES_PER_MINUTE must be a whole number from 1 to 100000")]
    public int? PageImagesPerMinute { get; set; }

    /// <summary>INTAKE_APP_DB_ROLE: the application's database role, granted its privileges by `intake migrate`.</summary>
    [ConfigurationKeyName("APP_DB_ROLE")] public string? AppDbRole { get; set; }

    /// <summary>INTAKE_RETENTION_CRON: when the retention purge runs (cron, server time; default daily 03:17).</summary>
    [ConfigurationKeyName("RETENTION_CRON")] public string? RetentionCron { get; set; }

    /// <summary>INTAKE_RETAIN_ORIGINALS_DAYS: days archived originals are kept (Retention/RetentionPolicy).</summary>
    [ConfigurationKeyName("RETAIN_ORIGINALS_DAYS")]
    [Range(1, 36_500, ErrorMessage = "INTAKE_RETAIN_ORIGINALS_DAYS must be a number of days from 1 to 36500")]
    public double? RetainOriginalsDays { get; set; }

    /// <summary>INTAKE_RETAIN_QUARANTINE_DAYS: days a quarantined file is kept.</summary>
    [ConfigurationKeyName("RETAIN_QUARANTINE_DAYS")]
    [Range(1, 36_500, ErrorMessage = "INTAKE_RETAIN_QUARANTINE_DAYS must be a number of days from 1 to 36500")]
    public double? RetainQuarantineDays { get; set; }

    /// <summary>INTAKE_RETAIN_PAGE_TEXT_DAYS: days page text and word boxes are kept.</summary>
    [ConfigurationKeyName("RETAIN_PAGE_TEXT_DAYS")]
    [Range(1, 36_500, ErrorMessage = "INTAKE_RETAIN_PAGE_TEXT_DAYS must be a number of days from 1 to 36500")]
    public double? RetainPageTextDays { get; set; }

    /// <summary>INTAKE_RETAIN_AUDIT_DAYS: days audit entries are kept.</summary>
    [ConfigurationKeyName("RETAIN_AUDIT_DAYS")]
    [Range(1, 36_500, ErrorMessage = "INTAKE_RETAIN_AUDIT_DAYS must be a number of days from 1 to 36500")]
    public double? RetainAuditDays { get; set; }

    /// <summary>INTAKE_RETAIN_PAGE_IMAGES_DAYS: days a rendered page image stays in the cache.</summary>
    [ConfigurationKeyName("RETAIN_PAGE_IMAGES_DAYS")]
    [Range(1, 36_500, ErrorMessage = "INTAKE_RETAIN_PAGE_IMAGES_DAYS must be a number of days from 1 to 36500")]
    public double? RetainPageImagesDays { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var url in (Urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                yield return new ValidationResult($"INTAKE_URLS: '{url}' is not an http(s) address such as http://127.0.0.1:5080", [nameof(Urls)]);
        if (RetrainCron is { } cron && !RetrainSchedule.IsOff(cron) && !RetrainSchedule.IsValid(cron))
            yield return new ValidationResult($"INTAKE_RETRAIN_CRON: '{cron}' is not a cron expression (minute hour day month weekday, e.g. \"0 2 * * *\") nor \"off\"", [nameof(RetrainCron)]);
    }
}

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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var url in (Urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                yield return new ValidationResult($"INTAKE_URLS: '{url}' is not an http(s) address such as http://127.0.0.1:5080", [nameof(Urls)]);
        if (RetrainCron is { } cron && !RetrainSchedule.IsOff(cron) && !RetrainSchedule.IsValid(cron))
            yield return new ValidationResult($"INTAKE_RETRAIN_CRON: '{cron}' is not a cron expression (minute hour day month weekday, e.g. \"0 2 * * *\") nor \"off\"", [nameof(RetrainCron)]);
    }
}

using Cronos;

namespace Intake.App.Hosting;

/// <summary>When the page classifier's retraining job runs (INTAKE_RETRAIN_CRON; "off" disables it).</summary>
public static class RetrainSchedule
{
    /// <summary>Every night at 02:00 (server time), when the workers are idle.</summary>
    public const string DefaultCron = "0 2 * * *";

    public const string RecurringJobId = "retrain-page-classifier";

    public static bool IsOff(string cron) => string.Equals(cron.Trim(), "off", StringComparison.OrdinalIgnoreCase);

    /// <summary>A five-field cron expression as Hangfire reads it (Cronos, which Hangfire uses).</summary>
    public static bool IsValid(string cron) => CronExpression.TryParse(cron.Trim(), CronFormat.Standard, out _);
}

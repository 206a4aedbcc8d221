using Hangfire;

namespace Intake.Pipeline.Jobs;

/// <summary>
/// The one retry limit of the file job, <see cref="PipelineOptions.MaxAttempts"/> (INTAKE_MAX_ATTEMPTS): a file is
/// tried at most MaxAttempts + 1 times, and <see cref="FileProcessor"/> quarantines it on that last try ("repeated
/// failure"). Hangfire's retries (the worker) and <see cref="ProcessAsync"/> (intake eval and bench, which run the
/// processor inline) both follow it.
/// </summary>
public static class FileJobRetry
{
    /// <summary>Waits between Hangfire's retries; the last one repeats for any further retry.</summary>
    private static readonly int[] DelaysInSeconds = [10, 30, 60, 300, 900];

    /// <summary>The Hangfire retry filter of the file job (registered globally by the host).</summary>
    public static AutomaticRetryAttribute Filter(PipelineOptions options) => new()
    {
        Attempts = options.MaxAttempts,
        DelayInSecondsByAttemptFunc = attempt => DelaysInSeconds[(int)Math.Min(Math.Max(attempt, 1), DelaysInSeconds.Length) - 1],
    };

    /// <summary>
    /// Processes a file as Hangfire would, without waiting between tries: a failed try is tried again until the
    /// processor settles the file (processed or quarantined) or MaxAttempts + 1 tries have failed; then the last
    /// failure is thrown.
    /// </summary>
    public static async Task<ProcessOutcome> ProcessAsync(FileProcessor processor, PipelineOptions options, long fileId, TextWriter log, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await processor.ProcessAsync(fileId, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt <= options.MaxAttempts)
            {
                await log.WriteLineAsync($"  file {fileId}: attempt {attempt} failed ({e.GetType().Name}: {e.Message.Split('\n')[0]})");
            }
        }
    }
}

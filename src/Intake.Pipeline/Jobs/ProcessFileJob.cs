using Hangfire;

namespace Intake.Pipeline.Jobs;

/// <summary>
/// The Hangfire job: its only argument is the file id. Idempotent (see FileProcessor). Its retries follow the one
/// limit of <see cref="FileJobRetry"/>, a filter the host registers from the settings.
/// </summary>
public sealed class ProcessFileJob(FileProcessor processor)
{
    [Queue("files")]
    public Task RunAsync(long fileId, CancellationToken ct) => processor.ProcessAsync(fileId, ct);
}

/// <summary>Queues jobs through Hangfire's client (in the same PostgreSQL database).</summary>
public sealed class HangfireJobQueue(IBackgroundJobClient client) : IJobQueue
{
    public void EnqueueProcessFile(long fileId) => client.Enqueue<ProcessFileJob>(j => j.RunAsync(fileId, CancellationToken.None));
}

using Hangfire;

namespace Intake.Pipeline.Jobs;

/// <summary>The Hangfire job: its only argument is the file id. Idempotent (see FileProcessor).</summary>
public sealed class ProcessFileJob(FileProcessor processor)
{
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [10, 30, 60, 300, 900])]
    [Queue("files")]
    public Task RunAsync(long fileId, CancellationToken ct) => processor.ProcessAsync(fileId, ct);
}

/// <summary>Queues jobs through Hangfire's client (in the same PostgreSQL database).</summary>
public sealed class HangfireJobQueue(IBackgroundJobClient client) : IJobQueue
{
    public void EnqueueProcessFile(long fileId) => client.Enqueue<ProcessFileJob>(j => j.RunAsync(fileId, CancellationToken.None));
}

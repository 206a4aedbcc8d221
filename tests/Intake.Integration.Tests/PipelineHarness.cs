using Intake.App.Hosting;
using Intake.Pipeline.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Integration.Tests;

/// <summary>The pipeline's real services (the ones the worker uses) on a test database and temp folders.</summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    public ServiceProvider Services { get; }
    public IntakeSettings Settings { get; }
    public RecordingQueue Queue { get; } = new();

    public PipelineHarness(string connectionString)
    {
        var home = Repo.TempDir("intake-home");
        Settings = new IntakeSettings(connectionString, home, Path.Combine(home, "inbox"), "http://127.0.0.1:0", 2, Repo.Models);
        Services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddIntakePipeline(Settings)
            .AddSingleton<IJobQueue>(Queue)
            .BuildServiceProvider();
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    public sealed class RecordingQueue : IJobQueue
    {
        public List<long> Enqueued { get; } = [];
        public void EnqueueProcessFile(long fileId) { lock (Enqueued) Enqueued.Add(fileId); }
    }
}

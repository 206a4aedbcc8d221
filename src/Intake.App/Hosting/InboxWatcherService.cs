using Intake.Pipeline;
using Intake.Pipeline.Ingestion;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.App.Hosting;

/// <summary>
/// Watches the inbox: a FileSystemWatcher wakes the loop early, and a periodic rescan catches whatever the
/// watcher missed (network shares drop events). Stable files are ingested in mail-day and name order.
/// </summary>
public sealed class InboxWatcherService(PipelineOptions options, Ingestor ingestor, ILogger<InboxWatcherService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(options.Inbox);
        var scanner = new InboxScanner(options.Inbox, options.StableFor, () => DateTime.UtcNow);
        using var wake = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(options.Inbox) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        void Poke(object? _, FileSystemEventArgs __) { if (wake.CurrentCount == 0) wake.Release(); }
        watcher.Created += Poke;
        watcher.Changed += Poke;
        watcher.Renamed += (s, e) => Poke(s, e);
        log.LogInformation("Watching the inbox folder");

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var file in scanner.StableFiles())
                {
                    stoppingToken.ThrowIfCancellationRequested();
                    var received = ReceiptDate.For(file.RelativePath, DateOnly.FromDateTime(DateTime.Now));
                    await ingestor.IngestAsync(file, received, removeFromInbox: true, stoppingToken);
                    scanner.Forget(file.FullPath);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e)
            {
                // Database down, archive not writable…: the originals stay in the inbox; try again later.
                log.LogError("Inbox ingestion failed, will retry: {Error}", e.GetType().Name);
            }
            // While files are settling, look again soon; otherwise wait for an event or the rescan period.
            var delay = options.StableFor < options.RescanEvery ? options.StableFor : options.RescanEvery;
            await wake.WaitAsync(delay, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }
}

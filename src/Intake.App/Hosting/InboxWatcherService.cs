using Intake.Pipeline;
using Intake.Pipeline.Ingestion;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.App.Hosting;

/// <summary>
/// Watches the inbox: a FileSystemWatcher wakes the loop early, and a periodic rescan catches whatever the
/// watcher missed (network shares drop events). Stable files are ingested in mail-day and name order.
/// One file that cannot be taken (archive not writable, name the system cannot open, file gone) never stops
/// the others; it stays in the inbox and is tried again at the next scan. File names are never logged: they
/// often carry the victim's name.
/// </summary>
public sealed class InboxWatcherService(PipelineOptions options, Ingestor ingestor, ILogger<InboxWatcherService> log) : BackgroundService
{
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private int _unreadableReported;

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
                    if (await TryIngestAsync(file, stoppingToken)) scanner.Forget(file.FullPath);
                }
                if (scanner.UnreadableEntries != _unreadableReported)
                {
                    _unreadableReported = scanner.UnreadableEntries;
                    if (_unreadableReported > 0)
                        log.LogError("{Count} inbox entries cannot be opened (name not valid UTF-8, or vanished): rename them; they stay in the inbox",
                            _unreadableReported);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e)
            {
                log.LogError("Inbox scan failed, will retry: {Error}", e.GetType().Name);
            }
            // While files are settling, look again soon; otherwise wait for an event or the rescan period.
            var delay = options.StableFor < options.RescanEvery ? options.StableFor : options.RescanEvery;
            await wake.WaitAsync(delay, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    /// <summary>Ingests one file; false when it must be looked at again (failure, or still being written).</summary>
    private async Task<bool> TryIngestAsync(InboxFile file, CancellationToken ct)
    {
        try
        {
            var received = ReceiptDate.For(file.RelativePath, DateOnly.FromDateTime(DateTime.Now));
            var result = await ingestor.IngestAsync(file, received, removeFromInbox: true, ct);
            if (_reported.Remove(file.FullPath))
                log.LogInformation("An inbox file that failed before was ingested as file {FileId}", result.FileId);
            return result.Outcome != IngestOutcome.StillChanging;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (Exception e)
        {
            // Database down, archive or inbox not writable, unreadable name…: the original stays in the inbox.
            var where = e switch
            {
                Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException => "database unavailable",
                FileNotFoundException or DirectoryNotFoundException when !File.Exists(file.FullPath) => "inbox file vanished or its name cannot be opened",
                IOException or UnauthorizedAccessException => $"archive folder not writable or inbox file unreadable (archive: {options.Archive})",
                _ => "unexpected error",
            };
            // First failure of a file at error level, repeats at debug level (a stuck file must not flood the log).
            if (_reported.Add(file.FullPath))
                log.LogError("Inbox file not ingested ({Where}: {Error}); it stays in the inbox and will be retried", where, e.GetType().Name);
            else
                log.LogDebug("Inbox file still not ingested ({Where}: {Error})", where, e.GetType().Name);
            return false;
        }
    }
}

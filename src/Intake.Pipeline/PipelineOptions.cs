namespace Intake.Pipeline;

/// <summary>Folders and limits of the pipeline. Every path is absolute once resolved by the host.</summary>
public sealed class PipelineOptions
{
    /// <summary>The watched folder the secretariat scans into (sub-folders allowed; YYYY-MM-DD folders are mail days).</summary>
    public required string Inbox { get; init; }
    /// <summary>Content-addressed store of every original (SHA-256), written before a file leaves the inbox.</summary>
    public required string Archive { get; init; }
    /// <summary>Copies of unreadable files with a French sidecar saying why.</summary>
    public required string Quarantine { get; init; }

    /// <summary>A file is picked up once its size and mtime have not changed for this long.</summary>
    public TimeSpan StableFor { get; init; } = TimeSpan.FromSeconds(3);
    /// <summary>Periodic rescan of the inbox, for events the file watcher missed (network shares drop them).</summary>
    public TimeSpan RescanEvery { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>Longest processing time of one file before it is quarantined.</summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromMinutes(20);
    /// <summary>Processing attempts before a file that keeps failing is quarantined.</summary>
    public int MaxAttempts { get; init; } = 3;
    /// <summary>
    /// A pending file with no live processing job (never queued: crash between commit and enqueue; or its job
    /// gave up) is queued again by the recovery sweep once it has waited this long.
    /// </summary>
    public TimeSpan RequeueAfter { get; init; } = TimeSpan.FromMinutes(2);
    /// <summary>Files larger than this are quarantined without being read.</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;
    /// <summary>Page images rendered once for the dashboard (a cache the retention job keeps short).</summary>
    public string PageImages { get; init; } = "";
    /// <summary>How long originals, quarantine copies, page text, page images and audit entries are kept.</summary>
    public Retention.RetentionPolicy Retention { get; init; } = new();
}

namespace Intake.Pipeline.Ingestion;

/// <summary>A file of the inbox that has stopped changing and can be ingested.</summary>
public sealed record InboxFile(string FullPath, string RelativePath, long Size, DateTime LastWriteUtc);

/// <summary>
/// Lists the inbox and tells which files are stable: same size and mtime seen for at least
/// <see cref="PipelineOptions.StableFor"/>. A file still being written is left alone until it stops growing.
/// Symbolic links and anything outside the inbox are ignored (a link could point anywhere on the machine).
/// </summary>
public sealed class InboxScanner(string inbox, TimeSpan stableFor, Func<DateTime> utcNow)
{
    private readonly Dictionary<string, (long Size, DateTime Mtime, DateTime FirstSeen)> _seen = new();
    private readonly object _gate = new();

    public IReadOnlyList<InboxFile> StableFiles()
    {
        var now = utcNow();
        var result = new List<InboxFile>();
        var present = new HashSet<string>();
        lock (_gate)
        {
            foreach (var info in Enumerate())
            {
                present.Add(info.FullName);
                var key = info.FullName;
                var state = (info.Length, info.LastWriteTimeUtc);
                if (_seen.TryGetValue(key, out var prev) && prev.Size == state.Length && prev.Mtime == state.LastWriteTimeUtc)
                {
                    if (now - prev.FirstSeen >= stableFor)
                        result.Add(new InboxFile(info.FullName, Path.GetRelativePath(inbox, info.FullName), info.Length, info.LastWriteTimeUtc));
                }
                else
                {
                    _seen[key] = (state.Length, state.LastWriteTimeUtc, now);
                }
            }
            foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList()) _seen.Remove(gone);
        }
        // Mail days in date order, then names: the order the secretariat received them.
        return result.OrderBy(f => f.RelativePath.Replace('\\', '/'), StringComparer.Ordinal).ToList();
    }

    public void Forget(string fullPath)
    {
        lock (_gate) _seen.Remove(fullPath);
    }

    private IEnumerable<FileInfo> Enumerate()
    {
        if (!Directory.Exists(inbox)) yield break;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
            ReturnSpecialDirectories = false,
        };
        int unreadable = 0;
        foreach (var path in Directory.EnumerateFiles(inbox, "*", options))
        {
            var info = new FileInfo(path);
            if (info.Name.StartsWith('.') || info.Name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)) continue;
            if (!TryStat(info)) { unreadable++; continue; }
            if (info.LinkTarget is not null) continue;
            yield return info;
        }
        UnreadableEntries = unreadable;
    }

    /// <summary>
    /// Entries of the last scan that could not be looked at — typically a name that is not valid UTF-8 (an old
    /// scanner writing Latin-1), which .NET cannot open. They are skipped so that they never block the others.
    /// </summary>
    public int UnreadableEntries { get; private set; }

    private static bool TryStat(FileInfo info)
    {
        try
        {
            info.Refresh();
            return info.Exists && info.Length >= 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

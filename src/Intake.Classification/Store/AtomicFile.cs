namespace Intake.Classification.Store;

/// <summary>Atomic file replacement: write a temporary file in the same folder, fsync it, rename it over the target.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="write"/>'s output to a synced temporary file next to <paramref name="path"/>; returns its path.</summary>
    public static string WriteTemp(string path, Action<Stream> write)
    {
        string temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        return temp;
    }

    /// <summary>Renames the temporary file over the target (atomic on the same file system).</summary>
    public static void Commit(string temp, string path) => File.Move(temp, path, overwrite: true);
}

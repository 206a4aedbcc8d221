using System.Security.Cryptography;

namespace Intake.Pipeline.Ingestion;

/// <summary>A stored original: its SHA-256, its path relative to the archive root and its size.</summary>
public sealed record ArchivedFile(string Sha256, string RelativePath, long Size);

/// <summary>
/// Content-addressed archive of originals: archive/ab/cd/&lt;sha256&gt;.&lt;ext&gt;. Writes go to a temporary file that is
/// flushed to disk and renamed, so a crash never leaves a partial original under its final name.
/// The source is only read, never changed.
/// </summary>
public sealed class ArchiveStore(string root)
{
    public string Root { get; } = root;

    public async Task<ArchivedFile> StoreAsync(string sourcePath, CancellationToken ct = default)
    {
        var tmpDir = Path.Combine(Root, "tmp");
        Directory.CreateDirectory(tmpDir);
        var tmp = Path.Combine(tmpDir, $"{Guid.NewGuid():N}.part");
        string sha;
        long size;
        try
        {
            // A zero-length entry is not opened: a named pipe or a device in the inbox would block the open
            // forever. It is stored as the empty file it looks like (and quarantined as such).
            await using (var src = new FileInfo(sourcePath).Length == 0
                ? (Stream)new MemoryStream([], writable: false)
                : new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
            await using (var dst = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[1 << 16];
                int n;
                size = 0;
                while ((n = await src.ReadAsync(buffer, ct)) > 0)
                {
                    hash.AppendData(buffer, 0, n);
                    await dst.WriteAsync(buffer.AsMemory(0, n), ct);
                    size += n;
                }
                await dst.FlushAsync(ct);
                dst.Flush(flushToDisk: true);
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            var rel = RelativePathFor(sha, Path.GetExtension(sourcePath));
            var final = Path.Combine(Root, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (File.Exists(final)) File.Delete(tmp);
            else File.Move(tmp, final, overwrite: true);
            return new ArchivedFile(sha, rel, size);
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
    }

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    public static string RelativePathFor(string sha256, string extension)
    {
        var ext = SafeExtension(extension);
        return Path.Combine(sha256[..2], sha256[2..4], sha256 + ext);
    }

    /// <summary>Lower-case extension made of letters and digits only (file names may be hostile).</summary>
    public static string SafeExtension(string extension)
    {
        var e = new string(extension.TrimStart('.').ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(8).ToArray());
        return e.Length == 0 ? ".bin" : "." + e;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

using System.Diagnostics;

namespace Intake.Text.Pdf;

/// <summary>
/// Rasterises PDF pages with poppler's pdftoppm, in grey PGM on stdout (never PNG: 11-14 s per noisy page,
/// against 0.1 s for PGM, measured). Used when a page's image cannot be taken straight from the PDF.
/// </summary>
internal static class Pdftoppm
{
    /// <summary>Renders page <paramref name="pageNumber"/> (1-based) and returns the PGM bytes.</summary>
    public static byte[] RenderGray(string toolPath, string pdfPath, int pageNumber, int dpi, CancellationToken ct = default)
    {
        var args = new ProcessStartInfo(toolPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-r", dpi.ToString(), "-gray", "-f", pageNumber.ToString(), "-l", pageNumber.ToString(), pdfPath })
            args.ArgumentList.Add(a);
        return RunToBytes(args, ct);
    }

    /// <summary>Renders a page in colour (PPM) scaled to <paramref name="maxWidthPx"/> pixels wide.</summary>
    public static byte[] RenderScaled(string toolPath, string pdfPath, int pageNumber, int maxWidthPx, CancellationToken ct = default)
    {
        var args = new ProcessStartInfo(toolPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-scale-to-x", maxWidthPx.ToString(), "-scale-to-y", "-1", "-f", pageNumber.ToString(), "-l", pageNumber.ToString(), pdfPath })
            args.ArgumentList.Add(a);
        return RunToBytes(args, ct);
    }

    private static byte[] RunToBytes(ProcessStartInfo start, CancellationToken ct)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start.");
        using var kill = ct.Register(() => { try { process.Kill(); } catch (InvalidOperationException) { } });
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var buffer = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(buffer);
        process.WaitForExit();
        ct.ThrowIfCancellationRequested();
        if (process.ExitCode != 0 || buffer.Length == 0)
            throw new InvalidOperationException($"pdftoppm failed ({process.ExitCode}): {stderr.Result.Trim()}");
        return buffer.ToArray();
    }
}

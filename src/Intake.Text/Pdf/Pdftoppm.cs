using System.Diagnostics;

namespace Intake.Text.Pdf;

/// <summary>
/// Rasterises PDF pages with poppler's pdftoppm, in grey PGM on stdout (never PNG: 11-14 s per noisy page,
/// against 0.1 s for PGM, measured). Used when a page's image cannot be taken straight from the PDF, and for
/// the dashboard's page images. Every run is bounded: the output is cropped to a pixel box decided before the
/// run (a page that lies about its size cannot make it bigger), read up to the bytes that box can hold, and the
/// process is killed when the caller's token fires.
/// </summary>
internal static class Pdftoppm
{
    /// <summary>Renders page <paramref name="pageNumber"/> (1-based) in grey, at most <paramref name="maxWidthPx"/> × <paramref name="maxHeightPx"/>.</summary>
    public static byte[] RenderGray(string toolPath, string pdfPath, int pageNumber, int dpi, int maxWidthPx, int maxHeightPx, CancellationToken ct = default) =>
        Run(toolPath, ["-r", dpi.ToString(), "-gray"], pdfPath, pageNumber, maxWidthPx, maxHeightPx, bytesPerPixel: 1, ct);

    /// <summary>Renders a page in colour (PPM) with its longer side scaled to <paramref name="longSidePx"/> pixels.</summary>
    public static byte[] RenderScaled(string toolPath, string pdfPath, int pageNumber, int longSidePx, CancellationToken ct = default) =>
        Run(toolPath, ["-scale-to", longSidePx.ToString()], pdfPath, pageNumber, longSidePx, longSidePx, bytesPerPixel: 3, ct);

    private static byte[] Run(string toolPath, string[] scaling, string pdfPath, int pageNumber, int maxWidthPx, int maxHeightPx, int bytesPerPixel, CancellationToken ct)
    {
        var start = new ProcessStartInfo(toolPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in scaling) start.ArgumentList.Add(a);
        foreach (var a in new[] { "-x", "0", "-y", "0", "-W", maxWidthPx.ToString(), "-H", maxHeightPx.ToString(),
                                  "-f", pageNumber.ToString(), "-l", pageNumber.ToString(), pdfPath })
            start.ArgumentList.Add(a);
        long maxBytes = (long)maxWidthPx * maxHeightPx * bytesPerPixel + 4096;
        return RunToBytes(start, maxBytes, ct);
    }

    private static byte[] RunToBytes(ProcessStartInfo start, long maxBytes, CancellationToken ct)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start.");
        using var kill = ct.Register(() => Kill(process));
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = process.StandardOutput.BaseStream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                Kill(process);
                throw new InvalidOperationException($"pdftoppm output above {maxBytes} bytes");
            }
            buffer.Write(chunk, 0, n);
        }
        process.WaitForExit();
        ct.ThrowIfCancellationRequested();
        if (process.ExitCode != 0 || buffer.Length == 0)
            throw new InvalidOperationException($"pdftoppm failed ({process.ExitCode}): {stderr.Result.Trim()}");
        return buffer.ToArray();
    }

    private static void Kill(Process process)
    {
        try { process.Kill(); } catch (InvalidOperationException) { }
    }
}

using System.Runtime.InteropServices;

namespace Intake.Text.Ocr.Native;

/// <summary>The few libc calls the OCR binding needs.</summary>
internal static partial class LibC
{
    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetEnv(string name, string value, int overwrite);
}

/// <summary>
/// Process-wide environment that must be in place before libtesseract (and the OpenMP runtime it links) loads.
/// </summary>
internal static class NativeEnvironment
{
    private static readonly object Gate = new();
    private static bool done;

    /// <summary>
    /// Sets OMP_THREAD_LIMIT=1 through libc's setenv. .NET's Environment.SetEnvironmentVariable does not reach
    /// native getenv on Linux, and without this limit Tesseract's OpenMP threads make OCR 3-6x slower and parallel
    /// engines collapse (measured on this machine: README, "Performance"). The launcher script also exports it; this is the
    /// safety net for tests and other hosts. Called from TesseractNative's static constructor, so it runs before
    /// the first call into libtesseract loads libgomp.
    /// </summary>
    internal static void LimitOpenMpThreads()
    {
        lock (Gate)
        {
            if (done) return;
            LibC.SetEnv("OMP_THREAD_LIMIT", "1", 1);
            done = true;
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Intake.Reliability.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster of the test's own, which it may stop and start (the shared test server must
/// stay up for the other tests). Runs initdb and pg_ctl as the postgres user, like scripts/lib.sh; needs root.
/// </summary>
public sealed class PrivatePostgres : IDisposable
{
    private readonly string _dir;
    private readonly string _bin;

    private PrivatePostgres(string dir, string bin, int port)
    {
        _dir = dir;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }
    public string Server => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres";

    public static bool CanRun =>
        Environment.UserName == "root" && BinDir() is not null;

    public static PrivatePostgres Create()
    {
        var bin = BinDir() ?? throw new InvalidOperationException("PostgreSQL server binaries not found");
        var dir = Path.Combine("/tmp", $"intake-rel-pg-{Guid.NewGuid():N}"[..28]);
        Directory.CreateDirectory(Path.Combine(dir, "data"));
        Directory.CreateDirectory(Path.Combine(dir, "run"));
        Sh($"chmod 755 '{dir}' && chown -R postgres: '{dir}/data' '{dir}/run' && chmod 700 '{dir}/data'");
        AsPostgres($"{bin}/initdb -D '{dir}/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        var pg = new PrivatePostgres(dir, bin, FreePort());
        pg.Start();
        return pg;
    }

    public void Start() =>
        AsPostgres($"{_bin}/pg_ctl -D '{_dir}/data' -l '{_dir}/run/postgres.log' -w -t 60 " +
                   $"-o \"-p {Port} -k '{_dir}/run' -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=off\" start");

    /// <summary>Fast shutdown: open sessions are cut, as in a server restart or a crash of the database host.</summary>
    public void Stop() => AsPostgres($"{_bin}/pg_ctl -D '{_dir}/data' -m fast -w stop");

    public void Dispose()
    {
        try { Stop(); } catch (InvalidOperationException) { }
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string? BinDir() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static void AsPostgres(string command) => Run("su", ["postgres", "-s", "/bin/sh", "-c", command]);

    private static void Sh(string command) => Run("/bin/sh", ["-c", command]);

    private static void Run(string file, string[] args)
    {
        var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {err.Result}");
    }
}

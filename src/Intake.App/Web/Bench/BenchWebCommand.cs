using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Intake.App.Cli;
using Intake.App.Hosting;
using Intake.App.Web.Auth;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Bench;

/// <summary>
/// `intake bench-web [--server CONN] [--dossiers 100000] [--pages 1000000] [--requests 300] [--keep] [--reuse DB]`: seeds a
/// fresh database (set-based SQL), starts `intake web` on it on a loopback port, signs in, and measures the
/// latency of the queue, the report and a dossier (p50/p95/p99 over sequential requests), then the review
/// station's requests for correcting, accepting and confirming dossiers one after the other
/// (<see cref="ReviewStationBench"/>). Prints the figures.
/// </summary>
public static class BenchWebCommand
{
    public static Command Verb()
    {
        var server = new Option<string>("--server") { Description = "a PostgreSQL server connection string (default INTAKE_TEST_DB, else INTAKE_DB)", HelpName = "CONN" };
        var dossiersOption = CliOptions.Count("--dossiers", "dossiers to seed", 100_000);
        var pagesOption = CliOptions.Count("--pages", "pages to seed", 1_000_000);
        var requestsOption = CliOptions.Count("--requests", "signed-in requests per page measured", 300);
        var keep = CliOptions.Flag("--keep", "keep the seeded database");
        var reuseOption = new Option<string>("--reuse") { Description = "a database seeded by an earlier run with --keep (no re-seeding)", HelpName = "DB" };
        var command = new Command("bench-web", "dashboard latency on a seeded database (p50/p95/p99 of the queue, the report and a dossier)")
        {
            server, dossiersOption, pagesOption, requestsOption, keep, reuseOption,
        };
        command.SetAction((r, ct) => RunAsync(r.GetValue(server), r.GetValue(dossiersOption), r.GetValue(pagesOption), r.GetValue(requestsOption),
            r.GetValue(keep), r.GetValue(reuseOption)));
        return command;
    }

    public static async Task<int> RunAsync(string? serverOption, int dossiers, int pages, int requests, bool keep, string? reuse)
    {
        var server = serverOption ?? Environment.GetEnvironmentVariable("INTAKE_TEST_DB") ?? Environment.GetEnvironmentVariable("INTAKE_DB");
        if (server is null)
        {
            await Console.Error.WriteLineAsync("intake bench-web: --server CONN (or INTAKE_TEST_DB / INTAKE_DB) is needed");
            return Cli.CliApp.UsageError;
        }
        var today = DateOnly.FromDateTime(DateTime.Now);

        // --reuse NAME: a database seeded by an earlier run with --keep (tuning indexes without re-seeding).
        var name = reuse ?? $"bench_web_{DateTime.UtcNow:yyyyMMddHHmmss}";
        if (reuse is null) await Database.CreateDatabaseAsync(server, name);
        var conn = Database.WithDatabase(server, name);
        var sw = Stopwatch.StartNew();
        await using (var db = new Database(conn))
        {
            await Migrator.MigrateAsync(db);
            if (reuse is null)
            {
                Console.WriteLine($"database {name}: seeding {dossiers:N0} dossiers, {pages:N0} pages…");
                await BenchSeeder.SeedAsync(db, dossiers, pages, today);
                Console.WriteLine($"seeded in {sw.Elapsed.TotalSeconds:0.0} s");
            }
            var users = new UserStore(db);
            await users.CreateAsync("bench", "Banc d'essai", Roles.Admin, "bench-web");
            await users.SetPasswordAsync("bench", "bench-password-123");
        }

        var url = $"http://127.0.0.1:{FreePort()}";
        using var app = StartWeb(conn, url);
        try
        {
            await WaitUpAsync(url, app);
            using var session = new WebClientSession(url);
            await session.SignInAsync("bench", "bench-password-123");
            var targets = new (string Label, string Path)[]
            {
                ("file de revue", "/revue"),
                ("file de revue, page 20", "/revue?p=20"),
                ("file, signalement prescription", "/revue?drapeau=PRESCRIPTION_LIKELY"),
                ("file, procédure conciliation", "/revue?procedure=conciliation"),
                ("file, état à revoir", "/revue?etat=a_revoir"),
                ("rapport d'arriéré", "/rapports"),
                ("dossier", $"/dossiers/{dossiers / 2}"),
            };
            Console.WriteLine($"{"page",-34} {"p50",8} {"p95",8} {"p99",8}  (ms, {requests} requests each, sequential)");
            var failed = false;
            foreach (var (label, path) in targets)
            {
                for (int i = 0; i < 10; i++) await GetAsync(session, path); // warm-up: JIT, plans, caches
                var times = new List<double>(requests);
                for (int i = 0; i < requests; i++)
                {
                    var t = Stopwatch.StartNew();
                    await GetAsync(session, path);
                    times.Add(t.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                var p95 = Percentile(times, 0.95);
                failed |= p95 >= 150;
                Console.WriteLine($"{label,-34} {Percentile(times, 0.50),8:0.0} {p95,8:0.0} {Percentile(times, 0.99),8:0.0}");
            }
            Console.WriteLine(failed ? "p95 >= 150 ms on at least one page" : "p95 < 150 ms on every page");

            // The review station: one dossier corrected, its confident values accepted, confirmed, the next one opened.
            var flows = Math.Clamp(requests / 10, 5, 50);
            var ids = Enumerable.Range(0, flows).Select(i => (long)(dossiers / 3 + 2 * i)).ToList();
            Console.WriteLine();
            Console.WriteLine($"{"review station, per dossier",-34} {"p50",8} {"p95",8} {"p99",8}  (ms, {flows} dossiers, sequential)");
            foreach (var step in await ReviewStationBench.RunAsync(session, ids))
            {
                step.Times.Sort();
                Console.WriteLine($"{step.Label,-34} {Percentile(step.Times, 0.50),8:0.0} {Percentile(step.Times, 0.95),8:0.0} {Percentile(step.Times, 0.99),8:0.0}");
            }
            Console.WriteLine("user actions for the same work in the browser: ReviewJourneyTests prints them (clicks and keys)");
            return 0;
        }
        finally
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            if (!keep && reuse is null)
            {
                await using var admin = new Npgsql.NpgsqlConnection(Database.WithDatabase(server, "postgres"));
                await admin.OpenAsync();
                await using var drop = new Npgsql.NpgsqlCommand($"drop database if exists \"{name}\" with (force)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    public static double Percentile(IReadOnlyList<double> sorted, double q) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task GetAsync(WebClientSession session, string path)
    {
        using var response = await session.Http.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path}: HTTP {(int)response.StatusCode}");
    }

    /// <summary>`intake web` as a child process (the same program: through dotnet when run as a dll).</summary>
    private static Process StartWeb(string connectionString, string url)
    {
        var self = Environment.ProcessPath!;
        var dll = typeof(BenchWebCommand).Assembly.Location;
        var psi = Path.GetFileNameWithoutExtension(self) == "dotnet" ? new ProcessStartInfo(self, [dll, "web"]) : new ProcessStartInfo(self, ["web"]);
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.Environment["INTAKE_DB"] = connectionString;
        psi.Environment["INTAKE_URLS"] = url;
        psi.Environment["INTAKE_HOME"] = Path.Combine(Path.GetTempPath(), "intake-bench-web");
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static async Task WaitUpAsync(string url, Process app)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        for (var sw = Stopwatch.StartNew(); sw.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(200))
        {
            if (app.HasExited) throw new InvalidOperationException("intake web exited early");
            try { if ((await http.GetAsync("/connexion")).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
        }
        throw new TimeoutException("intake web did not start");
    }

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}

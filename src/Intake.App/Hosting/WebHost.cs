using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Intake.App.Web;
using Intake.App.Web.Auth;
using Intake.Pipeline.Jobs;
using Intake.Pipeline.Storage;

namespace Intake.App.Hosting;

/// <summary>
/// The server processes: the dashboard (Razor Pages behind a login) and/or the worker (Hangfire server and
/// inbox watcher), on one PostgreSQL database. Several worker processes may share the same database; a
/// worker-only process opens no HTTP port.
/// </summary>
public static class WebHost
{
    public static async Task<int> RunAsync(string[] args, bool web, bool worker)
    {
        if (!web)
        {
            var hostBuilder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
            hostBuilder.Configuration.AddEnvironmentVariables("INTAKE_");
            var workerSettings = IntakeSettings.From(hostBuilder.Configuration);
            await PrepareAsync(hostBuilder.Services, hostBuilder.Logging, workerSettings, worker: true);
            using var host = hostBuilder.Build();
            ScheduleRecurringJobs(host.Services);
            await host.RunAsync();
            return 0;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables("INTAKE_");
        var settings = IntakeSettings.From(builder.Configuration);
        builder.WebHost.UseUrls(settings.Urls);
        // wwwroot (site.css, review.js) from the build's static-web-assets manifest when run from bin/ (dev,
        // tests) in any environment; a published app has its own wwwroot/ and no manifest (then a no-op).
        builder.WebHost.UseStaticWebAssets();
        await PrepareAsync(builder.Services, builder.Logging, settings, worker);
        builder.Services.AddIntakeWeb();

        var app = builder.Build();
        if (worker) ScheduleRecurringJobs(app.Services);
        await FirstAdmin.EnsureAsync(app.Services.GetRequiredService<UserStore>(), settings);
        app.UseIntakeWeb();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardFilter()],
            DashboardTitle = "Intake — tâches",
            AppPath = "/",
        }).RequireAuthorization(Policies.AdminOnly);
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"Tableau de bord : {settings.Urls}"));
        await app.RunAsync();
        return 0;
    }

    /// <summary>Migrations, pipeline services and Hangfire (client always; server and watcher for a worker).</summary>
    private static async Task PrepareAsync(IServiceCollection services, ILoggingBuilder logging, IntakeSettings settings, bool worker)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        await using (var db = new Database(settings.ConnectionString))
            await Migrator.MigrateAsync(db);

        services.AddIntakePipeline(settings);
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(settings.ConnectionString), new PostgreSqlStorageOptions
            {
                // Without it a job running longer than the invisibility timeout is fetched again and runs twice.
                UseSlidingInvisibilityTimeout = true,
                // After a crash (kill -9, power loss) the jobs the dead worker held are run again once this runs out.
                InvisibilityTimeout = settings.JobLease,
                // Hangfire's distributed locks (job state changes) of a killed process are rows nobody deletes:
                // without a short expiry the re-fetched jobs of that process wait on them for 10 minutes.
                DistributedLockTimeout = settings.JobLease,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromSeconds(1),
            }));
        services.AddSingleton<IJobQueue, HangfireJobQueue>();
        if (!worker) return;
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = settings.Workers;
            o.Queues = ["files", "default"];
            o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
        });
        services.AddHostedService<InboxWatcherService>();
    }

    private static void ScheduleRecurringJobs(IServiceProvider services) =>
        services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<RecoverPendingJob>("recover-pending-files", j => j.RunAsync(CancellationToken.None), "* * * * *");

    private sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}

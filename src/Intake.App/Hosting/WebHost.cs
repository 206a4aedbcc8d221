using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Intake.App.Training;
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
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">a setting with a bad value: nothing started.</exception>
    public static async Task<int> RunAsync(bool web, bool worker, CancellationToken ct = default)
    {
        // Intake's settings come from INTAKE_ variables (and appsettings.json) only, never from unprefixed ones
        // such as HOME; they are validated here, before anything starts, and again by ValidateOnStart.
        var config = IntakeSettings.Load();
        var settings = IntakeSettings.From(config);
        if (!web)
        {
            var hostBuilder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
            IntakeSettings.AddTo(hostBuilder.Services, config);
            await PrepareAsync(hostBuilder.Services, hostBuilder.Logging, settings, worker: true);
            using var host = hostBuilder.Build();
            ScheduleRecurringJobs(host.Services, settings);
            await host.RunAsync(ct);
            return 0;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        IntakeSettings.AddTo(builder.Services, config);
        builder.WebHost.UseUrls(settings.Urls);
        // wwwroot (site.css, review.js) from the build's static-web-assets manifest when run from bin/ (dev,
        // tests) in any environment; a published app has its own wwwroot/ and no manifest (then a no-op).
        builder.WebHost.UseStaticWebAssets();
        await PrepareAsync(builder.Services, builder.Logging, settings, worker);
        builder.Services.AddIntakeWeb(settings);

        var app = builder.Build();
        if (worker) ScheduleRecurringJobs(app.Services, settings);
        await FirstAdmin.EnsureAsync(app.Services.GetRequiredService<UserStore>(), settings);
        app.UseIntakeWeb();
        MapHostEndpoints(app);
        if (!settings.RequireTls && settings.TrustedProxies.Count == 0)
            Console.WriteLine("Tableau de bord en HTTP sur la boucle locale seulement (démonstration, tests) : en production, voir README, Déploiement.");
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"Tableau de bord : {settings.Urls}"));
        await app.RunAsync(ct);
        return 0;
    }

    /// <summary>Endpoints mapped by the host besides the pages (the endpoint tests enumerate them from here too).</summary>
    public static void MapHostEndpoints(WebApplication app) =>
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardFilter()],
            DashboardTitle = "Intake — tâches",
            AppPath = "/",
        }).RequireAuthorization(Policies.AdminOnly);

    /// <summary>Migrations, pipeline services and Hangfire (client always; server and watcher for a worker).</summary>
    private static async Task PrepareAsync(IServiceCollection services, ILoggingBuilder logging, IntakeSettings settings, bool worker)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // The owner migrates; the application's role only checks that nothing is pending (and creates nothing).
        bool owner;
        await using (var db = new Database(settings.ConnectionString))
        {
            await Migrator.MigrateAsync(db);
            owner = await Migrator.CanChangeSchemaAsync(db);
        }

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
                PrepareSchemaIfNecessary = owner,
                QueuePollInterval = TimeSpan.FromSeconds(1),
            }));
        UseFileJobRetry(settings);
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

    /// <summary>Hangfire retries failed jobs by the file job's one limit (INTAKE_MAX_ATTEMPTS), not its default of 10.</summary>
    private static void UseFileJobRetry(IntakeSettings settings)
    {
        foreach (var existing in GlobalJobFilters.Filters.Where(f => f.Instance is AutomaticRetryAttribute).ToList())
            GlobalJobFilters.Filters.Remove(existing.Instance);
        GlobalJobFilters.Filters.Add(FileJobRetry.Filter(settings.Pipeline));
    }

    /// <summary>
    /// The recurring jobs of a worker: the recovery sweep every minute, the retention purge (INTAKE_RETENTION_CRON), and the classifier's retraining on its
    /// schedule (INTAKE_RETRAIN_CRON, nightly by default; removed when "off").
    /// </summary>
    public static void ScheduleRecurringJobs(IServiceProvider services, IntakeSettings settings)
    {
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<RecoverPendingJob>("recover-pending-files", j => j.RunAsync(CancellationToken.None), "* * * * *");
        jobs.AddOrUpdate<Intake.Pipeline.Retention.RetentionPurgeJob>("retention-purge", j => j.RunAsync(CancellationToken.None), settings.RetentionCron);
        if (settings.RetrainCron is { } cron)
            jobs.AddOrUpdate<RetrainJob>(RetrainSchedule.RecurringJobId, j => j.RunAsync(CancellationToken.None), cron);
        else
            jobs.RemoveIfExists(RetrainSchedule.RecurringJobId);
    }

    private sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}

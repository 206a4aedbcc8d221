using Dapper;
using Intake.App.Hosting;

namespace Intake.App.Tests;

/// <summary>A worker registers its recurring jobs in Hangfire's storage: the recovery sweep and the classifier's retraining.</summary>
public sealed class RecurringJobsTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private string _home = "";

    public async Task InitializeAsync() { _home = Repo.TempDir("intake-recurring"); _db = await TestDatabase.CreateAsync(); }
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<Dictionary<string, string?>> RecurringJobsAsync()
    {
        await using var conn = await _db.Db.OpenAsync();
        var ids = await conn.QueryAsync<string>("select value from hangfire.set where key = 'recurring-jobs'");
        var jobs = new Dictionary<string, string?>();
        foreach (var id in ids)
            jobs[id] = await conn.QuerySingleOrDefaultAsync<string?>(
                "select value from hangfire.hash where key = @key and field = 'Cron'", new { key = $"recurring-job:{id}" });
        return jobs;
    }

    private AppProcess StartWorker(string? cron)
    {
        var env = new Dictionary<string, string>
        {
            ["INTAKE_DB"] = _db.ConnectionString,
            ["INTAKE_HOME"] = _home,
            ["INTAKE_MODELS"] = Repo.Models,
            ["INTAKE_WORKERS"] = "1",
        };
        if (cron is not null) env["INTAKE_RETRAIN_CRON"] = cron;
        return new AppProcess("worker", env);
    }

    [Fact]
    public async Task The_retraining_job_is_scheduled_on_its_setting_and_removed_when_off()
    {
        using (var worker = StartWorker("30 3 * * *"))
        {
            await worker.WaitForOutputAsync("Watching the inbox folder", TimeSpan.FromMinutes(2));
            var jobs = await RecurringJobsAsync();
            Assert.Equal("30 3 * * *", jobs[RetrainSchedule.RecurringJobId]);
            Assert.Equal("* * * * *", jobs["recover-pending-files"]);
        }
        using (var worker = StartWorker("off"))
        {
            await worker.WaitForOutputAsync("Watching the inbox folder", TimeSpan.FromMinutes(2));
            var jobs = await RecurringJobsAsync();
            Assert.False(jobs.ContainsKey(RetrainSchedule.RecurringJobId));
            Assert.True(jobs.ContainsKey("recover-pending-files"));
        }
    }

    [Fact]
    public async Task By_default_the_retraining_job_runs_nightly()
    {
        using var worker = StartWorker(null);
        await worker.WaitForOutputAsync("Watching the inbox folder", TimeSpan.FromMinutes(2));
        Assert.Equal(RetrainSchedule.DefaultCron, (await RecurringJobsAsync())[RetrainSchedule.RecurringJobId]);
    }
}

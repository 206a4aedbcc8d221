using Intake.App.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intake.App.Tests;

/// <summary>Settings are bound and validated (Options pattern): a bad value stops the start with the variable's name.</summary>
public sealed class SettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Theory]
    [InlineData("WORKERS", "abc", "INTAKE_WORKERS")]
    [InlineData("WORKERS", "0", "INTAKE_WORKERS")]
    [InlineData("MAX_ATTEMPTS", "-2", "INTAKE_MAX_ATTEMPTS")]
    [InlineData("STABLE_SECONDS", "-1", "INTAKE_STABLE_SECONDS")]
    [InlineData("FILE_TIMEOUT_SECONDS", "3,5", "INTAKE_FILE_TIMEOUT_SECONDS")]
    [InlineData("JOB_LEASE_SECONDS", "soon", "INTAKE_JOB_LEASE_SECONDS")]
    [InlineData("URLS", "127.0.0.1:5080", "INTAKE_URLS")]
    [InlineData("RETRAIN_CRON", "every night", "INTAKE_RETRAIN_CRON")]
    public void A_bad_value_is_refused_with_its_variable_named(string key, string value, string variable)
    {
        var e = Assert.Throws<OptionsValidationException>(() => IntakeSettings.From(Config(("DB", "Host=x"), (key, value))));
        Assert.Contains(variable, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_database_is_refused_with_what_to_do()
    {
        var e = Assert.Throws<OptionsValidationException>(() => IntakeSettings.From(Config()));
        Assert.Contains("INTAKE_DB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_values_are_used_and_the_rest_gets_its_defaults()
    {
        var s = IntakeSettings.From(Config(("DB", "Host=x"), ("HOME", "/tmp/intake-home"), ("WORKERS", "3"), ("FILE_TIMEOUT_SECONDS", "2.5"),
            ("MAX_ATTEMPTS", "4"), ("RETRAIN_CRON", "30 3 * * 1")));
        Assert.Equal("/tmp/intake-home/inbox", s.Inbox);
        Assert.Equal(3, s.Workers);
        Assert.Equal(TimeSpan.FromSeconds(2.5), s.FileTimeout);
        Assert.Equal(4, s.Pipeline.MaxAttempts);
        Assert.Equal("30 3 * * 1", s.RetrainCron);
        Assert.Equal(TimeSpan.FromSeconds(3), s.StableFor);
        Assert.Equal(RetrainSchedule.DefaultCron, IntakeSettings.From(Config(("DB", "Host=x"))).RetrainCron);
        Assert.Null(IntakeSettings.From(Config(("DB", "Host=x"), ("RETRAIN_CRON", "off"))).RetrainCron);
    }

    [Fact]
    public async Task A_host_with_a_bad_setting_does_not_start()
    {
        var builder = Host.CreateApplicationBuilder();
        IntakeSettings.AddTo(builder.Services, Config(("DB", "Host=x"), ("MAX_ATTEMPTS", "0")));
        using var host = builder.Build();
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("INTAKE_MAX_ATTEMPTS", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_job_retries_by_the_one_limit()
    {
        var options = IntakeSettings.From(Config(("DB", "Host=x"), ("MAX_ATTEMPTS", "4"))).Pipeline;
        Assert.Equal(4, Intake.Pipeline.Jobs.FileJobRetry.Filter(options).Attempts);
    }
}

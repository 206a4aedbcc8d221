using System.Diagnostics;
using Intake.App.Cli;

namespace Intake.App.Tests;

/// <summary>The `intake` verbs: help everywhere, typed options, bad values refused with exit code 2 before any work.</summary>
public sealed class CommandLineTests
{
    /// <summary>The verbs the README lists.</summary>
    public static readonly TheoryData<string> Verbs =
        ["demo", "serve", "web", "worker", "eval", "rules", "generate", "inspect", "train", "migrate", "user", "bench", "bench-web", "accuracy-table"];

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Intake_help_lists_every_verb()
    {
        var (code, output, _) = await Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        foreach (var verb in Verbs) Assert.Contains($"  {verb} ", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Every_verb_prints_its_usage(string verb)
    {
        var (code, output, error) = await Run(verb, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains($" {verb}", output, StringComparison.Ordinal);
        Assert.Empty(error);
        var (helpCode, helpOutput, _) = await Run("help", verb);
        Assert.Equal(0, helpCode);
        Assert.Equal(output, helpOutput);
    }

    [Theory]
    [InlineData("train", "--pages", "notanumber")]
    [InlineData("train", "--pages", "0")]
    [InlineData("generate", "--out", "/tmp/x", "--seed", "x")]
    [InlineData("generate", "--out", "/tmp/x", "--base-date", "05/01/2026")]
    [InlineData("eval", "--out", "/tmp/x")]
    [InlineData("eval", "--inbox", "/nonexistent-inbox", "--out", "/tmp/x")]
    [InlineData("rules")]
    [InlineData("rules", "--facts", "a.json", "--facts-lines", "b.jsonl")]
    [InlineData("user", "alice", "pope")]
    [InlineData("bench", "--read-ahead", "-1")]
    [InlineData("bench", "--inbox", "/nonexistent-inbox")]
    [InlineData("bench", "--inbox", "/tmp", "--seed", "3")]
    [InlineData("bench", "--inbox", "/tmp", "--dossiers", "5", "--min-pages", "10")]
    [InlineData("nosuchverb")]
    [InlineData("--nosuchoption")]
    public async Task A_bad_value_is_one_line_on_stderr_and_exit_code_2(params string[] args)
    {
        var (code, output, error) = await Run(args);
        Assert.Equal(CliApp.UsageError, code);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Train_with_a_page_count_that_is_not_a_number_trains_nothing()
    {
        // The real program, as a new user would run it: nothing may be written to the models folder.
        var models = Repo.TempDir("intake-models");
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "intake.dll"), "train", "--pages", "notanumber", "--no-db"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["INTAKE_MODELS"] = models;
        psi.Environment["INTAKE_HOME"] = models;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2))) { p.Kill(entireProcessTree: true); Assert.Fail("intake train ran (or hung) instead of refusing its option"); }
        Assert.Equal(2, p.ExitCode);
        Assert.Contains("--pages", await stderr, StringComparison.Ordinal);
        Assert.Equal("", await stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(models));
    }

    [Fact]
    public async Task Intake_help_run_directly_prints_usage_and_starts_nothing()
    {
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "intake.dll"), "--help"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment.Remove("INTAKE_DB");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(1))) { p.Kill(entireProcessTree: true); Assert.Fail("intake --help did not exit"); }
        Assert.Equal(0, p.ExitCode);
        Assert.Contains("Commands:", await stdout, StringComparison.Ordinal);
        Assert.Equal("", await stderr);
    }
}

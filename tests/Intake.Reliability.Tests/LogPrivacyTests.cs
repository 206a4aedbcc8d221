using System.Text.Json;
using Intake.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Intake.Reliability.Tests;

/// <summary>
/// A full worker run over the sample corpus: its stdout and stderr must not contain any victim's name or NIR
/// (file names carry names: they are never logged).
/// </summary>
[Trait("Category", "Reliability")]
public sealed class LogPrivacyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Worker_logs_over_the_sample_corpus_carry_no_names_or_nirs()
    {
        await using var box = await WorkerSandbox.CreateAsync();
        var sources = Directory.GetFiles(Repo.SampleInbox, "*", SearchOption.AllDirectories);
        foreach (var f in sources) box.Drop(Path.GetRelativePath(Repo.SampleInbox, f), File.ReadAllBytes(f));
        var worker = await box.StartWorkerAsync();
        await box.WaitAllDoneAsync(sources.Length, TimeSpan.FromMinutes(6), worker);
        worker.Kill();
        var log = box.AllOutput;
        var secrets = Secrets();
        Assert.True(secrets.Count > 20, "the truth files should give names and NIRs to look for");

        var leaks = secrets.Where(s => System.Text.RegularExpressions.Regex.IsMatch(log, $@"(?<![\p{{L}}\d]){System.Text.RegularExpressions.Regex.Escape(s)}(?![\p{{L}}\d])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase)).ToList();
        Assert.True(leaks.Count == 0, $"personal data in the logs: {string.Join(", ", leaks.Select(l => l[..Math.Min(3, l.Length)] + "…"))}");
        var lines = log.Split('\n').Length;
        output.WriteLine($"logs: {sources.Length} sample files through the worker, {lines} log lines ({log.Length / 1024} KiB) scanned for " +
                         $"{secrets.Count} names and NIRs from sample-docs/truth: 0 found");
    }

    /// <summary>Every person name (4+ letters) and NIR (with and without spaces) found in the truth files.</summary>
    private static HashSet<string> Secrets()
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.GetFiles(Repo.SampleTruth, "*.json", SearchOption.AllDirectories))
            Collect(JsonDocument.Parse(File.ReadAllText(file)).RootElement, null, found);
        return found;
    }

    private static void Collect(JsonElement e, string? key, HashSet<string> found)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject()) Collect(p.Value, p.Name, found);
                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray()) Collect(x, key, found);
                break;
            case JsonValueKind.String when key is not null:
                var v = e.GetString()!.Trim();
                var k = key.ToLowerInvariant();
                if (k.Contains("nir") && v.Count(char.IsAsciiDigit) >= 13)
                {
                    found.Add(v);
                    found.Add(new string(v.Where(char.IsAsciiLetterOrDigit).ToArray()));
                }
                else if ((k.Contains("name") || k.Contains("nom") || k.Contains("expediteur")) && !k.Contains("file") && v.Length >= 4 && v.Any(char.IsLetter))
                    found.Add(v);
                break;
        }
    }
}

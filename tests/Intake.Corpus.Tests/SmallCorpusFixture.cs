namespace Intake.Corpus.Tests;

/// <summary>Generates the Small profile once (seed 42) into a temp folder for all tests of the collection.</summary>
public sealed class SmallCorpusFixture : IDisposable
{
    public SmallCorpusFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "intake-corpus-tests-" + Guid.NewGuid().ToString("N"));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Summary = CorpusGenerator.Generate(new CorpusOptions(Root, 42));
        Elapsed = sw.Elapsed;
        if (Environment.GetEnvironmentVariable("INTAKE_CORPUS_KEEP") is { Length: > 0 } keep)
        {
            // Debug aid: also write a copy where a human can look at it.
            CorpusGenerator.Generate(new CorpusOptions(keep, 42));
        }
    }

    public string Root { get; }
    public string Inbox => Path.Combine(Root, "inbox");
    public string Truth => Path.Combine(Root, "truth");
    public CorpusSummary Summary { get; }
    public TimeSpan Elapsed { get; }

    public IEnumerable<string> InboxFiles() =>
        Directory.EnumerateFiles(Inbox, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public string RelativePath(string file) => Path.GetRelativePath(Inbox, file).Replace('\\', '/');

    public void Dispose()
    {
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }
}

[CollectionDefinition("small corpus")]
public sealed class SmallCorpusCollection : ICollectionFixture<SmallCorpusFixture>;

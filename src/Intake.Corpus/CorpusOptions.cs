namespace Intake.Corpus;

/// <summary>Small = the committed sample (a few dozen files); Large = for training and benchmarks.</summary>
public enum CorpusProfile { Small, Large }

/// <summary>What to generate.</summary>
/// <param name="OutputDirectory">Receives inbox/ and truth/.</param>
/// <param name="Seed">Seed of every random choice: same seed, same bytes.</param>
/// <param name="Dossiers">Number of dossiers; null = one per catalogue scenario (Small) or 4 per scenario (Large).</param>
/// <param name="Profile">Small or Large.</param>
/// <param name="BaseDate">First mail day; null = 2026-01-05. Must lie between 2025-03-01 and 2026-12-31
/// (the scenario truths are derived for receipt dates in that range).</param>
public sealed record CorpusOptions(
    string OutputDirectory,
    int Seed,
    int? Dossiers = null,
    CorpusProfile Profile = CorpusProfile.Small,
    DateOnly? BaseDate = null)
{
    public static readonly DateOnly DefaultBaseDate = new(2026, 1, 5);
    public static readonly DateOnly MinBaseDate = new(2025, 3, 1);
    public static readonly DateOnly MaxBaseDate = new(2026, 12, 31);
}

/// <summary>What was generated (for the CLI to print).</summary>
public sealed record CorpusSummary(int Files, int Pages, int Dossiers, int BrokenFiles, long Bytes);

/// <summary>One page of training text for the page classifier, rendered from the same content model as the files.</summary>
public sealed record LabeledPage(string Text, string DocumentType, bool IsFirstPage, int PageIndexInDocument, bool IsBlank);

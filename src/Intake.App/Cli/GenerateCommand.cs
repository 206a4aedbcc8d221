using Intake.Corpus;

namespace Intake.App.Cli;

/// <summary>
/// `intake generate --out DIR [--seed N] [--dossiers N] [--large] [--base-date YYYY-MM-DD]`: writes a sample
/// mail corpus (inbox/ + truth/) deterministically. The committed sample-docs/ is `--seed 1` (Small profile).
/// </summary>
public static class GenerateCommand
{
    public static Task<int> RunAsync(string[] argv)
    {
        var args = new Args(argv);
        var outDir = args.Get("--out");
        if (outDir is null)
        {
            Console.Error.WriteLine("usage: intake generate --out DIR [--seed N] [--dossiers N] [--large] [--base-date YYYY-MM-DD]");
            return Task.FromResult(2);
        }
        DateOnly? baseDate = args.Get("--base-date") is string d ? DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        var options = new CorpusOptions(Path.GetFullPath(outDir), args.GetInt("--seed", 1),
            args.Get("--dossiers") is null ? null : args.GetInt("--dossiers", 0),
            args.Has("--large") ? CorpusProfile.Large : CorpusProfile.Small, baseDate);
        var summary = CorpusGenerator.Generate(options);
        Console.WriteLine($"{summary.Files} files ({summary.BrokenFiles} broken), {summary.Pages} pages, {summary.Dossiers} dossiers, {summary.Bytes / 1024} KiB → {options.OutputDirectory}");
        return Task.FromResult(0);
    }
}

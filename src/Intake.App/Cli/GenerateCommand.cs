using System.CommandLine;
using Intake.Corpus;

namespace Intake.App.Cli;

/// <summary>
/// `intake generate --out DIR [--seed N] [--dossiers N] [--large] [--base-date YYYY-MM-DD]`: writes a sample
/// mail corpus (inbox/ + truth/) deterministically. The committed sample-docs/ is `--seed 42` (Small profile).
/// </summary>
public static class GenerateCommand
{
    public static Command Verb()
    {
        var output = CliOptions.Folder("--out", "the corpus folder to write (inbox/ and truth/)", required: true);
        var seed = CliOptions.Count("--seed", "the generator's seed: the same seed gives the same corpus", 1, min: 0);
        var dossiers = CliOptions.OptionalCount("--dossiers", "how many dossiers (default: the profile's)");
        var large = CliOptions.Flag("--large", "the Large profile (more and longer files)");
        var baseDate = CliOptions.Date("--base-date", "the first mail day (default: the generator's)");
        var command = new Command("generate", "write a deterministic sample-mail corpus with its truth") { output, seed, dossiers, large, baseDate };
        command.SetAction(r =>
        {
            var options = new CorpusOptions(Path.GetFullPath(r.GetValue(output)!), r.GetValue(seed), r.GetValue(dossiers),
                r.GetValue(large) ? CorpusProfile.Large : CorpusProfile.Small, r.GetValue(baseDate));
            var summary = CorpusGenerator.Generate(options);
            Console.WriteLine($"{summary.Files} files ({summary.BrokenFiles} broken), {summary.Pages} pages, {summary.Dossiers} dossiers, {summary.Bytes / 1024} KiB → {options.OutputDirectory}");
            return 0;
        });
        return command;
    }
}

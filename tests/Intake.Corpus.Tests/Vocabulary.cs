using Intake.Domain.Facts;
using Intake.Domain.Rules;

namespace Intake.Corpus.Tests;

/// <summary>Codes and keys of docs/ (fields, document types, rules), taken from the domain's catalogues.</summary>
internal static class Vocabulary
{
    public static readonly HashSet<string> FieldKeys = FactCatalog.All.Select(d => d.Key).ToHashSet();

    public static readonly HashSet<string> DateKeys = KeysOf(FactKind.Date);

    public static readonly HashSet<string> PeriodKeys = KeysOf(FactKind.Periods, FactKind.RatedPeriods);

    public static readonly HashSet<string> BoolKeys = KeysOf(FactKind.Bool);

    public static readonly HashSet<string> IntKeys = KeysOf(FactKind.Percent);

    public static readonly HashSet<string> Flags = FlagCatalog.Scored.ToHashSet();

    public static readonly HashSet<string> Tasks = TaskCatalog.All.Select(t => t.Code).ToHashSet();

    public static readonly HashSet<string> Grounds =
        [RuleCatalog.GravAipp.Code, RuleCatalog.GravAtap.Code, RuleCatalog.GravDft.Code, RuleCatalog.GravInapt.Code, RuleCatalog.GravTroubles.Code];

    public static readonly HashSet<string> MissingItems = Intake.Domain.Rules.MissingItems.Possible.ToHashSet();

    private static HashSet<string> KeysOf(params FactKind[] kinds) =>
        FactCatalog.All.Where(d => kinds.Contains(d.Kind)).Select(d => d.Key).ToHashSet();
}

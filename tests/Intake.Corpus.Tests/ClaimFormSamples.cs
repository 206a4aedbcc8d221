using Intake.Corpus.Content;
using Intake.Corpus.Model;
using Intake.Corpus.Planning;
using Intake.Corpus.Rendering;
using Intake.Corpus.Scenarios;

namespace Intake.Corpus.Tests;

/// <summary>Claim forms of random editions (scanned hand-filled, typed, filled on screen), built once for the edition tests.</summary>
internal static class ClaimFormSamples
{
    public sealed record Sample(ClaimFormEdition Edition, bool Hand, bool AcroForm, Document Document, IReadOnlyList<PageLayout> Layouts);

    private static readonly Lazy<IReadOnlyList<Sample>> All = new(() => Many(120));

    public static IReadOnlyList<Sample> Forms => All.Value;

    public static IReadOnlyList<DateOnly> Days { get; } = MailCalendar.Days(CorpusOptions.DefaultBaseDate);

    public static Sample Build(int i, ClaimFormEdition? edition = null)
    {
        var scenario = ScenarioCatalogue.All[i % ScenarioCatalogue.All.Count];
        var ctx = new DossierContext(scenario, $"F{i}", StableSeed.Random(7, "form:" + i), Days);
        bool acro = i % 3 == 0, hand = i % 3 == 1;
        edition ??= ClaimFormEdition.Draw(StableSeed.Random(7, "edition:" + i), acro);
        var doc = ClaimForm.Build(ctx, edition, hand, Days[0]);
        return new Sample(edition, hand, acro, doc, doc.Pages.Select(p => LayoutEngine.Layout(p, false)).ToList());
    }

    private static List<Sample> Many(int count) => Enumerable.Range(0, count).Select(i => Build(i)).ToList();
}

namespace Intake.Classification.Training;

/// <summary>
/// Deterministic split of labelled pages into training and held-out sets, by whole documents
/// (pages of one document stay together) and per type, so every type with two documents or more is measured.
/// </summary>
public static class HeldOutSplit
{
    public static (IReadOnlyList<TrainingPage> Train, IReadOnlyList<TrainingPage> HeldOut) Split(
        IReadOnlyList<TrainingPage> pages, double heldOutFraction, int seed)
    {
        if (heldOutFraction <= 0) return (pages, []);
        var documents = Documents(pages);
        var random = new Random(seed);
        var train = new List<TrainingPage>();
        var heldOut = new List<TrainingPage>();
        foreach (var byType in documents.GroupBy(d => d[0].Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var docs = byType.ToArray();
            random.Shuffle(docs);
            int take = docs.Length < 2 ? 0 : Math.Clamp((int)Math.Round(docs.Length * heldOutFraction), 1, docs.Length - 1);
            for (int i = 0; i < docs.Length; i++) (i < take ? heldOut : train).AddRange(docs[i]);
        }
        return (train, heldOut);
    }

    /// <summary>Consecutive pages grouped into documents: a new one at each first page or change of type.</summary>
    public static IReadOnlyList<TrainingPage[]> Documents(IReadOnlyList<TrainingPage> pages)
    {
        var documents = new List<TrainingPage[]>();
        var current = new List<TrainingPage>();
        foreach (var page in pages)
        {
            if (current.Count > 0 && (page.IsFirstPage || page.Type != current[0].Type))
            {
                documents.Add(current.ToArray());
                current.Clear();
            }
            current.Add(page);
        }
        if (current.Count > 0) documents.Add(current.ToArray());
        return documents;
    }
}

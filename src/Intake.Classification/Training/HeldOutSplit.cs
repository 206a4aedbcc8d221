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
        var documents = Documents(pages);
        var heldOut = HeldOutDocuments(documents, heldOutFraction, seed);
        return (documents.Where((_, i) => !heldOut.Contains(i)).SelectMany(d => d).ToList(),
                documents.Where((_, i) => heldOut.Contains(i)).SelectMany(d => d).ToList());
    }

    /// <summary>Indices (into <paramref name="documents"/>) of the documents kept aside.</summary>
    public static HashSet<int> HeldOutDocuments(IReadOnlyList<TrainingPage[]> documents, double heldOutFraction, int seed)
    {
        var heldOut = new HashSet<int>();
        if (heldOutFraction <= 0) return heldOut;
        var random = new Random(seed);
        foreach (var byType in documents.Select((d, i) => (Type: d[0].Type, Index: i)).GroupBy(d => d.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var indices = byType.Select(d => d.Index).ToArray();
            random.Shuffle(indices);
            int take = indices.Length < 2 ? 0 : Math.Clamp((int)Math.Round(indices.Length * heldOutFraction), 1, indices.Length - 1);
            heldOut.UnionWith(indices.Take(take));
        }
        return heldOut;
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

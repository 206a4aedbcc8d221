using Intake.Domain.Documents;
using Intake.Domain.Facts;

namespace Intake.App.Web.Review;

/// <summary>One reading of a fact: the field extracted from one document, with that document.</summary>
public sealed record FactSource(FieldInfo Field, DocumentInfo? Document);

/// <summary>
/// One fact of the dossier as the reviewer checks it: its sources (every document that read it), the value the
/// dossier retains, the reviewer's last word on it (acceptance or correction) and whether it still needs checking.
/// </summary>
public sealed record FactRow(string Key, IReadOnlyList<FactSource> Sources, string? RetainedJson, CorrectionInfo? Checked)
{
    public string Label => FactCatalog.Label(Key);

    /// <summary>The most confident source (the one "Accepter" keeps when the sources agree).</summary>
    public FactSource? Best => Sources.OrderByDescending(s => s.Field.Confidence).FirstOrDefault();

    public double? Confidence => Sources.Count == 0 ? null : Sources.Min(s => s.Field.Confidence);

    /// <summary>Sources that read different values.</summary>
    public bool Conflict => Sources.Select(s => s.Field.Value).Distinct(StringComparer.Ordinal).Count() > 1;

    /// <summary>Not checked by a reviewer, and a source below the review threshold or sources in conflict.</summary>
    public bool NeedsCheck => Checked is null && Sources.Count > 0 && (Confidence < Labels.LowConfidence || Conflict);

    /// <summary>Not checked yet and every source agrees at or above the threshold: "accept all confident" takes it.</summary>
    public bool Confident => Checked is null && Sources.Count > 0 && !Conflict && Confidence >= Labels.LowConfidence;
}

/// <summary>A block of the field list: a section of the claim form, or another document's fields.</summary>
public sealed record FieldGroup(string Id, string Title, IReadOnlyList<FactRow> Rows);

/// <summary>
/// The dossier's fields as the claim form reads them: one row per fact (sources listed under it), grouped by the
/// form's sections (victim, filer, facts, damage, procedures, signature), then each other document type's fields,
/// then the facts only a reviewer set. Within a group, rows follow the field catalogue's order.
/// </summary>
public static class FieldGroups
{
    /// <summary>The claim form's sections, by key prefix, in the order of the form.</summary>
    private static readonly (string Id, string Title, string[] Prefixes)[] FormSections =
    [
        ("victime", "1. La victime", ["victime"]),
        ("demandeur", "2–3. Le demandeur et son avocat", ["demandeur", "avocat"]),
        ("faits", "4. Les faits", ["faits"]),
        ("prejudice", "5. Les préjudices", ["prejudice"]),
        ("procedures", "6. Autres procédures", ["procedures"]),
        ("signature", "7. Signature", ["signature"]),
    ];

    private static readonly Dictionary<string, int> CatalogOrder =
        FactCatalog.All.Select((d, i) => (d.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);

    public static IReadOnlyList<FieldGroup> Of(DossierView view, IReadOnlyDictionary<string, string> retained)
    {
        var latest = view.LatestCorrections;
        var keys = view.Fields.Select(f => f.Key).Concat(latest.Keys).Distinct(StringComparer.Ordinal);
        var rows = keys.Select(k => new FactRow(k,
                view.Fields.Where(f => f.Key == k).Select(f => new FactSource(f, view.Documents.FirstOrDefault(d => d.Id == f.DocumentId))).ToList(),
                retained.GetValueOrDefault(k), latest.GetValueOrDefault(k)))
            .OrderBy(r => CatalogOrder.GetValueOrDefault(r.Key, int.MaxValue)).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        var groups = new List<FieldGroup>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, title, prefixes) in FormSections)
        {
            var inSection = rows.Where(r => prefixes.Contains(Prefix(r.Key)) && !placed.Contains(r.Key)).ToList();
            if (inSection.Count == 0) continue;
            groups.Add(new FieldGroup(id, title, inSection));
            placed.UnionWith(inSection.Select(r => r.Key));
        }
        // Other documents: by the type of the document that read the fact, in the type catalogue's order.
        foreach (var type in DocumentType.All)
        {
            var ofType = rows.Where(r => !placed.Contains(r.Key) && r.Sources.Any(s => s.Document?.Type == type)).ToList();
            if (ofType.Count == 0) continue;
            groups.Add(new FieldGroup("doc-" + type, DocumentType.Label(type), ofType));
            placed.UnionWith(ofType.Select(r => r.Key));
        }
        var rest = rows.Where(r => !placed.Contains(r.Key)).ToList();
        if (rest.Count > 0) groups.Add(new FieldGroup("autres", "Autres faits saisis par l'instructeur", rest));
        return groups;
    }

    private static string Prefix(string key) => key.Split('.')[0];
}

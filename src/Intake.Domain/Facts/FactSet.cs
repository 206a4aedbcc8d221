using Intake.Domain.Fields;

namespace Intake.Domain.Facts;

/// <summary>
/// The consolidated facts of one dossier: for each key, the retained fact and the other candidates that lost
/// to it (kept so that, e.g., an attestation's NIR can still be key-checked when the form's was retained).
/// An empty text is treated as absent.
/// </summary>
public sealed class FactSet
{
    private readonly Dictionary<string, IReadOnlyList<Fact>> _byKey;

    public static readonly FactSet Empty = new(Array.Empty<Fact>());

    /// <summary>Builds a set from retained facts (one per key; a later duplicate replaces an earlier one).</summary>
    public FactSet(IEnumerable<Fact> retained) : this(retained.GroupBy(f => f.Key).Select(g => (IReadOnlyList<Fact>)[g.Last()]))
    {
    }

    private FactSet(IEnumerable<IReadOnlyList<Fact>> candidatesPerKey)
    {
        _byKey = candidatesPerKey.Where(c => c.Count > 0).ToDictionary(c => c[0].Key, StringComparer.Ordinal);
    }

    /// <summary>Builds a set from the candidates of each key, the retained one first.</summary>
    public static FactSet FromCandidates(IEnumerable<IReadOnlyList<Fact>> candidatesPerKey) => new(candidatesPerKey);

    /// <summary>Plain values without provenance (as the rules CLI receives them).</summary>
    public static FactSet FromValues(IEnumerable<KeyValuePair<string, object>> values) =>
        new(values.Select(kv => new Fact(kv.Key, kv.Value)));

    /// <summary>The retained facts, ordered by key.</summary>
    public IEnumerable<Fact> All => _byKey.Values.Select(c => c[0]).OrderBy(f => f.Key, StringComparer.Ordinal);

    /// <summary>The retained fact of a key, or null when the key is absent (or an empty text).</summary>
    public Fact? this[string key] =>
        _byKey.TryGetValue(key, out var c) && !(c[0].Value is string s && string.IsNullOrWhiteSpace(s)) ? c[0] : null;

    /// <summary>Every candidate of a key, the retained one first.</summary>
    public IReadOnlyList<Fact> Candidates(string key) => _byKey.GetValueOrDefault(key) ?? [];

    public bool Has(string key) => this[key] is not null;
    public string? Text(string key) => this[key]?.AsText?.Trim();
    public DateOnly? Date(string key) => this[key]?.AsDate;
    public bool? Bool(string key) => this[key]?.AsBool;
    public int? Int(string key) => this[key]?.AsInt;
    public IReadOnlyList<Period>? Periods(string key) => this[key]?.AsPeriods;

    /// <summary>True when the key's retained value is the boolean true.</summary>
    public bool IsTrue(string key) => Bool(key) == true;

    /// <summary>The facts (and candidates) that pass a filter; used to replay a dossier as of a given day.</summary>
    public FactSet Where(Func<Fact, bool> keep) =>
        new(_byKey.Values.Select(c => (IReadOnlyList<Fact>)c.Where(keep).ToList()));
}

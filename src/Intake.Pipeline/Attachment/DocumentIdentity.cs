using Intake.Domain.Fields;
using Intake.Domain.Identity;
using Intake.Domain.Review;

namespace Intake.Pipeline.Attachment;

/// <summary>What a document says about whose it is: the keys used to attach it to a dossier.</summary>
public sealed record DocumentIdentity(
    string? FileNumber,
    string? Nir,
    IReadOnlyList<string> NameKeys,
    string? FirstNameKey,
    DateOnly? BirthDate,
    DateOnly? ActDate,
    string? FirstNames = null)
{
    public bool IsEmpty => FileNumber is null && Nir is null && NameKeys.Count == 0;

    public static DocumentIdentity From(IReadOnlyList<ExtractedField> fields)
    {
        var best = fields.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.MaxBy(f => f.Confidence)!);
        string? Text(string key) => best.TryGetValue(key, out var f) ? f.Value as string : null;
        // Birth dates and NIRs tell people apart: only those read with some confidence count (ReviewThresholds.IdentityKey).
        DateOnly? Date(string key) => best.TryGetValue(key, out var f) && f.Value is DateOnly d && f.Confidence >= ReviewThresholds.IdentityKey ? d : null;

        var number = fields.Where(f => f.Key.EndsWith("numero_dossier", StringComparison.Ordinal)).Select(f => f.Value as string)
            .Select(NormalizeFileNumber).FirstOrDefault(n => n is not null);
        var nirRaw = best.TryGetValue("victime.nir", out var nirField) && nirField.Confidence >= ReviewThresholds.IdentityKey ? nirField.Value as string : null;
        var nir = nirRaw is not null && Intake.Domain.Identity.Nir.IsValid(nirRaw) ? Intake.Domain.Identity.Nir.Normalize(nirRaw) : null;
        var names = new[] { "victime.nom", "victime.nom_naissance", "identite.nom" }
            .Select(Text).Where(n => n is not null).Select(n => NameKey(n!)).Where(k => k.Length > 1).Distinct().ToList();
        var first = Text("victime.prenoms") ?? Text("identite.prenoms");
        var firstKey = first is null ? null : KeyOfFirstName(first);
        var act = best.TryGetValue("faits.date_acte", out var a) && a.Value is DateOnly ad ? ad : (DateOnly?)null;
        return new DocumentIdentity(number, nir, names, firstKey is { Length: > 1 } ? firstKey : null,
            Date("victime.date_naissance") ?? Date("identite.date_naissance"), act, first);
    }

    /// <summary>Upper-case, accent-free letters only: "Le Gall-Dupont" → "LEGALLDUPONT".</summary>
    public static string NameKey(string name) => PersonName.Key(name);

    /// <summary>The first of the first names, as a key.</summary>
    public static string KeyOfFirstName(string firstNames) =>
        NameKey(firstNames.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "");

    public static string? NormalizeFileNumber(string? raw)
    {
        if (raw is null) return null;
        var m = System.Text.RegularExpressions.Regex.Match(raw.ToUpperInvariant(), @"CCI\W*(\d{4})\W*(\d{6})");
        return m.Success ? $"CCI-{m.Groups[1].Value}-{m.Groups[2].Value}" : null;
    }
}

using Dapper;
using Intake.Domain.Identity;
using Intake.Domain.Parsing;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Mail;

/// <summary>A dossier an unattached document may belong to, with why (French) and a score (higher first).</summary>
public sealed record MailSuggestion(long DossierId, string Number, string Why, int Score);

/// <summary>
/// Suggestions of dossiers for unattached mail, for a person to confirm with one click: the same or a close name
/// (one OCR slip), the same birth date, a NIR that differs by at most two characters (OCR slips in digits). A
/// suggestion needs two of these, or a close NIR alone; the machine never files on a suggestion (the attacher's
/// rules are stricter). Read only.
/// </summary>
public sealed class MailSuggestions(Database db)
{
    public const int MaxPerDocument = 3;

    /// <summary>What the document's fields say about the person.</summary>
    public sealed record Identity(string? Name, DateOnly? BirthDate, string? Nir);

    public async Task<IReadOnlyList<MailSuggestion>> ForAsync(Identity who)
    {
        var nameKey = who.Name is null ? null : PersonName.Key(who.Name);
        if (string.IsNullOrEmpty(nameKey)) nameKey = null;
        var nir = NirDigits(who.Nir);
        if (nameKey is null && who.BirthDate is null && nir is null) return [];
        await using var conn = await db.OpenAsync();
        // Candidates: the same birth date, a name key sharing its first three letters, or a NIR sharing a half.
        var rows = await conn.QueryAsync<Candidate>("""
            select id, number, victim_name_keys as NameKeys, victim_birth_date as BirthDate, victim_nir as Nir
            from dossier
            where (@birth::date is not null and victim_birth_date = @birth)
               or (@prefix::text is not null and exists (select 1 from unnest(victim_name_keys) k where left(k, 3) = @prefix))
               or (@nir::text is not null and victim_nir is not null and (left(victim_nir, 7) = left(@nir, 7) or substr(victim_nir, 6, 8) = substr(@nir, 6, 8)))
            order by id desc limit 200
            """, new { birth = who.BirthDate, prefix = nameKey is { Length: >= 3 } ? nameKey[..3] : null, nir });
        return rows.Select(c => Score(c, nameKey, who.BirthDate, nir)).OfType<MailSuggestion>()
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.DossierId).Take(MaxPerDocument).ToList();
    }

    private static MailSuggestion? Score(Candidate c, string? nameKey, DateOnly? birth, string? nir)
    {
        var why = new List<string>();
        var score = 0;
        if (nameKey is not null && c.NameKeys.Contains(nameKey)) { why.Add("même nom"); score += 2; }
        else if (nameKey is not null && c.NameKeys.Any(k => NameKeyTolerance.AreClose(k, nameKey))) { why.Add("nom proche"); score += 1; }
        if (birth is not null && c.BirthDate == birth) { why.Add("même date de naissance"); score += 2; }
        var nirScore = 0;
        if (nir is not null && c.Nir is not null && Differences(Nir.Normalize(c.Nir), nir) is int d && d <= 2)
        {
            why.Add(d == 0 ? "même NIR" : $"NIR proche ({d} caractère(s) diffèrent)");
            nirScore = 3;
        }
        score += nirScore;
        var signs = why.Count;
        return nirScore > 0 || signs >= 2 ? new MailSuggestion(c.Id, c.Number, string.Join(", ", why), score) : null;
    }

    /// <summary>The 15 characters of a NIR as read, OCR slips in digits repaired where they can be (O → 0, l → 1…), or null.</summary>
    private static string? NirDigits(string? raw)
    {
        if (raw is null) return null;
        var compact = new string(raw.Where(c => !char.IsWhiteSpace(c)).ToArray());
        // Corsica's departments (2A, 2B) keep their letter; elsewhere a letter is a digit misread.
        var repaired = new string(compact.Select((c, i) => i == 6 && c is 'A' or 'B' or 'a' or 'b' ? char.ToUpperInvariant(c) : OcrDigits.ToDigit(c) ?? c).ToArray());
        return repaired.Length == 15 ? repaired : null;
    }

    private static int? Differences(string a, string b) => a.Length != b.Length ? null : a.Zip(b).Count(p => p.First != p.Second);

    private sealed record Candidate
    {
        public long Id { get; init; }
        public string Number { get; init; } = "";
        public string[] NameKeys { get; init; } = [];
        public DateOnly? BirthDate { get; init; }
        public string? Nir { get; init; }
    }
}

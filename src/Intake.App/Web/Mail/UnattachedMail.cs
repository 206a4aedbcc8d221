using System.Globalization;
using Dapper;
using Intake.Domain.Identity;
using Intake.Pipeline.Attachment;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Mail;

public sealed record UnattachedRow(long Id, long FileId, string OriginalName, int FirstPage, int LastPage, string Type, float TypeConfidence,
    DateOnly ReceivedOn, string Attachment, string? AttachmentReason, string? Name, string? FirstNames, string? BirthDate, string? Nir);

public sealed record DossierMatch(long Id, string Number, string[] NameKeys, DateOnly? BirthDate, string? NirMasked, string Status, DateOnly? ReceiptDate);

/// <summary>
/// Mail no dossier claimed (documents with no dossier), and the search for the dossier it belongs to (name, birth
/// date, NIR, file number). Read only: filing goes through Intake.Pipeline.Dossiers.DocumentFilingService.
/// NIRs are masked in these lists.
/// </summary>
public sealed class UnattachedMail(Database db)
{
    public async Task<IReadOnlyList<UnattachedRow>> ListAsync()
    {
        await using var conn = await db.OpenAsync();
        return (await conn.QueryAsync<UnattachedRow>("""
            select d.id, d.file_id as FileId, f.original_name as OriginalName, d.first_page as FirstPage, d.last_page as LastPage, d.type,
                   d.type_confidence as TypeConfidence, d.received_on as ReceivedOn, d.attachment, d.attachment_reason as AttachmentReason,
                   (select value #>> '{}' from field where document_id = d.id and key in ('victime.nom', 'identite.nom') order by key desc limit 1) as Name,
                   (select value #>> '{}' from field where document_id = d.id and key in ('victime.prenoms', 'identite.prenoms') order by key desc limit 1) as FirstNames,
                   (select value #>> '{}' from field where document_id = d.id and key in ('victime.date_naissance', 'identite.date_naissance') order by key desc limit 1) as BirthDate,
                   (select value #>> '{}' from field where document_id = d.id and key = 'victime.nir' limit 1) as Nir
            from document d join intake_file f on f.id = d.file_id
            where d.dossier_id is null and d.attachment <> 'pending'
            order by d.received_on, d.id limit 200
            """)).ToList();
    }

    /// <summary>Dossiers matching a file number, a NIR, a name (usage or birth) and/or a birth date (JJ/MM/AAAA).</summary>
    public async Task<IReadOnlyList<DossierMatch>> SearchAsync(string? query, string? birthDate)
    {
        var q = (query ?? "").Trim();
        DateOnly? birth = DateOnly.TryParseExact(birthDate?.Trim(), ["dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var b) ? b : null;
        if (q.Length == 0 && birth is null) return [];
        var where = new List<string>();
        string? number = null, nir = null, name = null;
        // A dossier number, or part of one ("CCI-2026-0001", "000123", "2026-000123"); a NIR has 13 or 15 characters.
        var compact = q.Replace(" ", "", StringComparison.Ordinal);
        if (q.StartsWith("CCI", StringComparison.OrdinalIgnoreCase) || (compact.Length is > 0 and < 13 && compact.All(c => char.IsAsciiDigit(c) || c == '-')))
        { number = "%" + LikePrefix(q.ToUpperInvariant()); where.Add(@"number like @number escape '\'"); }
        else if (q.Length > 0 && compact.All(c => char.IsAsciiDigit(c) || c is 'A' or 'B' or 'a' or 'b'))
        { nir = Nir.Normalize(q); where.Add("victim_nir = @nir"); }
        else if (q.Length > 0) { name = DocumentIdentity.NameKey(q); where.Add("victim_name_keys && array[@name]::text[]"); }
        if (birth is not null) where.Add("victim_birth_date = @birth");
        await using var conn = await db.OpenAsync();
        var rows = await conn.QueryAsync<MatchRow>($"""
            select id, number, victim_name_keys as NameKeys, victim_birth_date as BirthDate, victim_nir as Nir, status, receipt_date as ReceiptDate
            from dossier where {string.Join(" and ", where)} order by id desc limit 50
            """, new { number, nir, name, birth });
        return rows.Select(r => new DossierMatch(r.Id, r.Number, r.NameKeys, r.BirthDate, r.Nir is null ? null : Nir.Mask(r.Nir), r.Status, r.ReceiptDate)).ToList();
    }

    /// <summary>A LIKE pattern matching the text as typed, then anything: %, _ and \ typed by the user match only themselves.</summary>
    public static string LikePrefix(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";

    private sealed record MatchRow
    {
        public long Id { get; init; }
        public string Number { get; init; } = "";
        public string[] NameKeys { get; init; } = [];
        public DateOnly? BirthDate { get; init; }
        public string? Nir { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? ReceiptDate { get; init; }
    }
}

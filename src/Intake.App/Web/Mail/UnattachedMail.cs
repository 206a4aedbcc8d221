using System.Globalization;
using Dapper;
using Intake.Domain.Identity;
using Intake.Pipeline.Attachment;
using Intake.Pipeline.Routing;
using Intake.Pipeline.Storage;

namespace Intake.App.Web.Mail;

public sealed record UnattachedRow(long Id, long FileId, string OriginalName, int FirstPage, int LastPage, string Type, DateOnly ReceivedOn,
    string Attachment, string? AttachmentReason, string? Name, string? FirstNames, string? BirthDate);

public sealed record DossierMatch(long Id, string Number, string[] NameKeys, DateOnly? BirthDate, string? NirMasked, string Status, DateOnly? ReceiptDate);

/// <summary>
/// Mail no dossier claimed (documents with no dossier): the secretariat searches a dossier (name, birth date,
/// NIR, file number) and attaches the document, or opens a new dossier for it. NIRs are masked in these lists.
/// </summary>
public sealed class UnattachedMail(Database db, DossierRouter router, Func<DateOnly> today, DashboardCache cache)
{
    public async Task<IReadOnlyList<UnattachedRow>> ListAsync()
    {
        await using var conn = await db.OpenAsync();
        return (await conn.QueryAsync<UnattachedRow>("""
            select d.id, d.file_id as FileId, f.original_name as OriginalName, d.first_page as FirstPage, d.last_page as LastPage, d.type,
                   d.received_on as ReceivedOn, d.attachment, d.attachment_reason as AttachmentReason,
                   (select value #>> '{}' from field where document_id = d.id and key in ('victime.nom', 'identite.nom') order by key desc limit 1) as Name,
                   (select value #>> '{}' from field where document_id = d.id and key in ('victime.prenoms', 'identite.prenoms') order by key desc limit 1) as FirstNames,
                   (select value #>> '{}' from field where document_id = d.id and key in ('victime.date_naissance', 'identite.date_naissance') order by key desc limit 1) as BirthDate
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
        if (q.StartsWith("CCI", StringComparison.OrdinalIgnoreCase)) { number = q.ToUpperInvariant(); where.Add("number like @number || '%'"); }
        else if (q.Length > 0 && q.Replace(" ", "", StringComparison.Ordinal).All(c => char.IsAsciiDigit(c) || c is 'A' or 'B' or 'a' or 'b'))
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

    /// <summary>Opens a new dossier for an unattached document (a claim that arrived without its form, say); returns its number.</summary>
    public async Task<(string? Number, string? Error)> OpenDossierAsync(long documentId, string? reason, string user)
    {
        if (string.IsNullOrWhiteSpace(reason)) return (null, "Indiquez le motif de l'ouverture du dossier.");
        await using var conn = await db.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var receivedAt = await conn.ExecuteScalarAsync<DateTime?>(
            "select received_on from document where id = @documentId and dossier_id is null for update", new { documentId }, tx);
        if (receivedAt is null) return (null, "Ce document est déjà rattaché ou n'existe pas.");
        DateOnly? received = DateOnly.FromDateTime(receivedAt.Value);
        var (id, number) = await conn.QuerySingleAsync<(long, string)>("""
            insert into dossier (number, receipt_date)
            values ('CCI-' || @year || '-' || lpad(nextval('dossier_number_seq')::text, 6, '0'), @received)
            returning id, number
            """, new { year = received.Value.Year.ToString(CultureInfo.InvariantCulture), received }, tx);
        await conn.ExecuteAsync("""
            update document set dossier_id = @id, attachment = 'manual', attachment_reason = @why where id = @documentId
            """, new { id, documentId, why = $"dossier ouvert par {user} : {reason.Trim()}" }, tx);
        await conn.ExecuteAsync("""
            insert into document_correction (document_id, dossier_id, kind, old_value, new_value, reason, user_name)
            values (@documentId, @id, 'attachment', null, @number, @reason, @user)
            """, new { documentId, id, number, reason = reason.Trim(), user }, tx);
        await Audit.RecordAsync(conn, tx, user, "open_dossier", "document", documentId, new { dossier = number, reason = reason.Trim() });
        await router.RouteOneAsync(conn, tx, id, today(), CancellationToken.None);
        await tx.CommitAsync();
        cache.Invalidate();
        return (number, null);
    }
}

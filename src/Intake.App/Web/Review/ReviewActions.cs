using System.Text.Json;
using Dapper;
using Intake.Domain.Documents;
using Intake.Pipeline.Routing;
using Intake.Pipeline.Storage;
using Npgsql;

namespace Intake.App.Web.Review;

/// <summary>
/// What a reviewer changes on a dossier. Each action is one transaction: the change, its audit entry (who,
/// old → new, why) and the re-evaluation of the dossier by <see cref="DossierRouter"/>, so the rules panel is
/// up to date on the next page load. Errors are French sentences for the reviewer.
/// </summary>
public sealed class ReviewActions(Database db, DossierRouter router, Func<DateOnly> today, DashboardCache cache)
{
    public const string AcceptedReason = "Valeur vérifiée par l'instructeur";

    /// <summary>A reviewer's value for a dossier fact (precedence over every document).</summary>
    public async Task<string?> CorrectFieldAsync(long dossierId, string key, string? text, string? reason, string user)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "Indiquez le motif de la correction.";
        var (json, error) = FactValueText.Parse(key, text);
        if (error is not null) return error;
        return await InDossierAsync(dossierId, async (conn, tx) =>
        {
            var old = await conn.ExecuteScalarAsync<string?>("select (facts -> @key)::text from dossier where id = @dossierId", new { key, dossierId }, tx);
            await InsertCorrectionAsync(conn, tx, dossierId, key, old, json!, reason.Trim(), user);
            await Audit.RecordAsync(conn, tx, user, "correct_field", "dossier", dossierId, new { key, old = Json(old), @new = Json(json), reason = reason.Trim() });
            return [dossierId];
        });
    }

    /// <summary>The reviewer checked an extracted value and keeps it: it becomes a reviewer's value.</summary>
    public async Task<string?> AcceptFieldAsync(long dossierId, long fieldId, string user) =>
        await InDossierAsync(dossierId, async (conn, tx) =>
        {
            var f = await conn.QuerySingleOrDefaultAsync<(string Key, string Value)>("""
                select f.key, f.value::text from field f join document d on d.id = f.document_id
                where f.id = @fieldId and d.dossier_id = @dossierId
                """, new { fieldId, dossierId }, tx);
            if (f.Key is null) throw new ReviewException("Ce champ n'appartient pas à ce dossier.");
            var old = await conn.ExecuteScalarAsync<string?>("select (facts -> @k)::text from dossier where id = @dossierId", new { k = f.Key, dossierId }, tx);
            await InsertCorrectionAsync(conn, tx, dossierId, f.Key, old, f.Value, AcceptedReason, user);
            await Audit.RecordAsync(conn, tx, user, "accept_field", "dossier", dossierId, new { key = f.Key, old = Json(old), @new = Json(f.Value), reason = AcceptedReason });
            return [dossierId];
        });

    /// <summary>Corrects a document's type; the reviewer thereby confirms it (training data for the classifier).</summary>
    public async Task<string?> ChangeDocumentTypeAsync(long documentId, string type, string? reason, string user)
    {
        if (!DocumentType.IsKnown(type)) return "Type de document inconnu.";
        if (string.IsNullOrWhiteSpace(reason)) return "Indiquez le motif de la correction.";
        return await InDocumentAsync(documentId, async (conn, tx, doc) =>
        {
            await conn.ExecuteAsync("""
                update document set type = @type, type_confidence = 1, confirmed_by = @user, confirmed_at = now() where id = @documentId
                """, new { type, user, documentId }, tx);
            await RecordDocumentAsync(conn, tx, doc, "type", doc.Type, type, reason!, user);
            return doc.DossierId is long d ? [d] : [];
        });
    }

    /// <summary>Splits a document in two: pages from <paramref name="firstPageOfSecond"/> on become a new document.</summary>
    public async Task<string?> SplitDocumentAsync(long documentId, int firstPageOfSecond, string? reason, string user)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "Indiquez le motif de la correction.";
        return await InDocumentAsync(documentId, async (conn, tx, doc) =>
        {
            if (firstPageOfSecond <= doc.FirstPage || firstPageOfSecond > doc.LastPage)
                throw new ReviewException($"La coupure doit se faire entre les pages {doc.FirstPage + 1} et {doc.LastPage}.");
            await conn.ExecuteAsync("update document set last_page = @last where id = @documentId", new { last = firstPageOfSecond - 1, documentId }, tx);
            var newId = await conn.ExecuteScalarAsync<long>("""
                insert into document (file_id, first_page, last_page, type, type_confidence, received_on, about, dossier_id, attachment, attachment_reason, flags)
                select file_id, @first, @last, type, type_confidence, received_on, about, dossier_id, attachment, attachment_reason, flags
                from document where id = @documentId returning id
                """, new { first = firstPageOfSecond, last = doc.LastPage, documentId }, tx);
            await conn.ExecuteAsync("update field set document_id = @newId where document_id = @documentId and page >= @first",
                new { newId, documentId, first = firstPageOfSecond }, tx);
            await RecordDocumentAsync(conn, tx, doc, "split", $"{doc.FirstPage}-{doc.LastPage}",
                $"{doc.FirstPage}-{firstPageOfSecond - 1} + {firstPageOfSecond}-{doc.LastPage}", reason!, user);
            return doc.DossierId is long d ? [d] : [];
        });
    }

    /// <summary>Moves a document to the dossier numbered <paramref name="dossierNumber"/>, or detaches it (null).</summary>
    public async Task<string?> MoveDocumentAsync(long documentId, string? dossierNumber, string? reason, string user)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "Indiquez le motif du rattachement.";
        return await InDocumentAsync(documentId, async (conn, tx, doc) =>
        {
            long? target = null;
            if (!string.IsNullOrWhiteSpace(dossierNumber))
                target = await conn.ExecuteScalarAsync<long?>("select id from dossier where number = @n", new { n = dossierNumber.Trim().ToUpperInvariant() }, tx)
                    ?? throw new ReviewException($"Aucun dossier ne porte le numéro « {dossierNumber.Trim()} ».");
            await conn.ExecuteAsync("""
                update document set dossier_id = @target, attachment = case when @target is null then 'unattached' else 'manual' end,
                    attachment_reason = @why where id = @documentId
                """, new { target, why = $"{(target is null ? "détaché" : "rattaché")} par {user} : {reason!.Trim()}", documentId }, tx);
            var oldNumber = doc.DossierId is long o ? await conn.ExecuteScalarAsync<string>("select number from dossier where id = @o", new { o }, tx) : null;
            await RecordDocumentAsync(conn, tx, doc with { DossierId = target ?? doc.DossierId }, "attachment", oldNumber, dossierNumber?.Trim().ToUpperInvariant() ?? "(non rattaché)", reason!, user);
            return new[] { doc.DossierId, target }.OfType<long>().ToArray();
        });
    }

    /// <summary>Confirms the pre-routing, or overrides it (procedure, payer) with a reason; the documents' types count as confirmed.</summary>
    public async Task<string?> ReviewRoutingAsync(long dossierId, bool overrideIt, string? procedure, string? payer, string? reason, string user)
    {
        if (overrideIt && string.IsNullOrWhiteSpace(reason)) return "Indiquez le motif de la modification de l'orientation.";
        if (overrideIt && procedure is not (null or "" or "reglement_amiable" or "conciliation")) return "Procédure inconnue.";
        if (overrideIt && payer is not (null or "" or "assureur" or "oniam" or "fonds_garantie")) return "Payeur inconnu.";
        return await InDossierAsync(dossierId, async (conn, tx) =>
        {
            var before = await conn.QuerySingleAsync<(string? Procedure, string? Payer)>(
                "select procedure, likely_payer from dossier where id = @dossierId", new { dossierId }, tx);
            var status = overrideIt ? "overridden" : "confirmed";
            var (proc, pay) = overrideIt ? (Empty(procedure), Empty(payer)) : (before.Procedure, before.Payer);
            await conn.ExecuteAsync("""
                update dossier set review_status = @status, status = 'confirme', reviewed_by = @user, reviewed_at = now(),
                    review_reason = @reason, reviewed_procedure = @proc, reviewed_payer = @pay, updated_at = now()
                where id = @dossierId
                """, new { status, user, reason = Empty(reason?.Trim()), proc, pay, dossierId }, tx);
            await conn.ExecuteAsync("""
                update document set confirmed_by = @user, confirmed_at = now() where dossier_id = @dossierId and confirmed_by is null
                """, new { user, dossierId }, tx);
            await Audit.RecordAsync(conn, tx, user, overrideIt ? "override_routing" : "confirm_routing", "dossier", dossierId,
                new { proposed = new { procedure = before.Procedure, payer = before.Payer }, retained = new { procedure = proc, payer = pay }, reason = reason?.Trim() });
            return [];
        });
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static object? Json(string? json) => json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);

    private static Task InsertCorrectionAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long dossierId, string key, string? old, string json, string reason, string user) =>
        conn.ExecuteAsync("""
            insert into correction (dossier_id, key, old_value, new_value, reason, user_name)
            values (@dossierId, @key, @old::jsonb, @json::jsonb, @reason, @user)
            """, new { dossierId, key, old, json, reason, user }, tx);

    internal sealed record DocRow(long Id, long? DossierId, string Type, int FirstPage, int LastPage);

    private static async Task RecordDocumentAsync(NpgsqlConnection conn, NpgsqlTransaction tx, DocRow doc, string kind, string? old, string @new, string reason, string user)
    {
        await conn.ExecuteAsync("""
            insert into document_correction (document_id, dossier_id, kind, old_value, new_value, reason, user_name)
            values (@Id, @DossierId, @kind, @old, @newValue, @reason, @user)
            """, new { doc.Id, doc.DossierId, kind, old, newValue = @new, reason = reason.Trim(), user }, tx);
        await Audit.RecordAsync(conn, tx, user, $"correct_document_{kind}", "document", doc.Id, new { old, @new, reason = reason.Trim() });
    }

    private async Task<string?> InDossierAsync(long dossierId, Func<NpgsqlConnection, NpgsqlTransaction, Task<long[]>> change)
    {
        await using var conn = await db.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        if (await conn.ExecuteScalarAsync<long?>("select id from dossier where id = @dossierId for update", new { dossierId }, tx) is null)
            return "Dossier introuvable.";
        return await RunAsync(conn, tx, () => change(conn, tx));
    }

    private async Task<string?> InDocumentAsync(long documentId, Func<NpgsqlConnection, NpgsqlTransaction, DocRow, Task<long[]>> change)
    {
        await using var conn = await db.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var doc = await conn.QuerySingleOrDefaultAsync<DocRow>("""
            select id, dossier_id as DossierId, type, first_page as FirstPage, last_page as LastPage from document where id = @documentId for update
            """, new { documentId }, tx);
        if (doc is null) return "Document introuvable.";
        return await RunAsync(conn, tx, () => change(conn, tx, doc));
    }

    private async Task<string?> RunAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Func<Task<long[]>> change)
    {
        try
        {
            var reroute = await change();
            foreach (var id in reroute.Distinct().Order())
                await router.RouteOneAsync(conn, tx, id, today(), CancellationToken.None);
            await tx.CommitAsync();
            cache.Invalidate();
            return null;
        }
        catch (ReviewException e)
        {
            await tx.RollbackAsync();
            return e.Message;
        }
    }
}

/// <summary>A reviewer's request that cannot be applied; the message is French, for the reviewer.</summary>
public sealed class ReviewException(string message) : Exception(message);

using Dapper;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Pipeline.Storage;

namespace Intake.Pipeline.Dossiers;

/// <summary>A document read again under its corrected type: how many fields it had, and has now.</summary>
public sealed record DocumentRetyped(long DocumentId, string OldType, string NewType, int FieldsBefore, int FieldsAfter);

/// <summary>A document split in two: the first part keeps its id, the second is a new document.</summary>
public sealed record DocumentSplit(long DocumentId, long NewDocumentId);

/// <summary>
/// Corrections of a document itself: its type (the reviewer thereby confirms it — training data for the page
/// classifier — and its fields are extracted again under the new type), and its page range (split). Each takes
/// the document's row lock, checks role and state once, records the correction and its audit entry, and
/// routes the document's dossier again, in one transaction.
/// </summary>
public sealed class DocumentCorrectionService(ChangeRunner runner, Database db, DocumentReextractor reextractor)
{
    /// <summary>
    /// Corrects a document's type. The document's pages are read again from the archived original and its fields
    /// extracted under <paramref name="type"/> (outside the transaction: OCR takes seconds); the fields then
    /// replace the old ones unless the document changed meanwhile. The secretariat may correct the type of
    /// unattached mail only. <paramref name="inDossier"/>: the dossier whose page the user was on, if any.
    /// </summary>
    public async Task<ChangeResult<DocumentRetyped>> ChangeTypeAsync(Actor actor, long documentId, long? inDossier, string? type, string? reason, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.ChangeDocumentType)) return Refuse(Refusal.Forbidden(Permissions.ForbiddenFr));
        if (type is null || !DocumentType.IsKnown(type)) return Refuse(Refusal.Invalid("Type de document inconnu."));
        if (DocumentRows.Trimmed(reason) is not string why) return Refuse(Refusal.Invalid("Indiquez le motif de la correction."));

        DocumentRow? seen;
        await using (var conn = await db.OpenAsync(ct)) seen = await DocumentRows.ReadAsync(conn, documentId);
        if (seen is null) return Refuse(Refusal.NotFound("Document introuvable."));
        if (inDossier is long d && seen.DossierId != d) return Refuse(Refusal.NotFound("Ce document n'appartient pas à ce dossier."));
        if (Permissions.OnlyUnattached(actor) && seen.DossierId is not null)
            return Refuse(Refusal.Conflict($"Ce document est déjà rattaché au dossier {seen.DossierNumber} : seul un instructeur peut le modifier."));
        IReadOnlyList<ExtractedField> fields;
        try
        {
            fields = await reextractor.ExtractAsync(seen.ArchivePath, seen.FirstPage, seen.LastPage, type, seen.ReceivedOn, ct);
        }
        catch (RefusedException e)
        {
            return Refuse(e.Refusal);
        }

        return await runner.RunAsync(async (conn, tx) =>
        {
            var doc = await DocumentRows.LockAsync(conn, tx, documentId, inDossier, actor);
            if (doc.FileId != seen.FileId || doc.FirstPage != seen.FirstPage || doc.LastPage != seen.LastPage)
                throw new RefusedException(Refusal.Conflict("Le document a été modifié entre-temps : rechargez la page et recommencez."));
            var before = await conn.ExecuteAsync("delete from field where document_id = @documentId", new { documentId }, tx);
            await conn.ExecuteAsync("""
                update document set type = @type, type_confidence = 1, confirmed_by = @user, confirmed_at = now() where id = @documentId
                """, new { type, user = actor.UserName, documentId }, tx);
            await AnalysisWriter.WriteFieldsAsync(conn, tx, [(documentId, fields)], ct);
            var after = fields.Select(f => f.Key).Distinct().Count();
            await DocumentRows.RecordAsync(conn, tx, doc, doc.DossierId, "type", doc.Type, type, why, actor,
                new { fields_before = before, fields_after = after });
            return new Changed<DocumentRetyped>(new DocumentRetyped(documentId, doc.Type, type, before, after),
                doc.DossierId is long dossier ? [dossier] : []);
        }, ct);
    }

    /// <summary>Splits a document in two: pages from <paramref name="firstPageOfSecond"/> on become a new document (reviewers).</summary>
    public Task<ChangeResult<DocumentSplit>> SplitAsync(Actor actor, long documentId, long? inDossier, int firstPageOfSecond, string? reason, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.SplitDocument)) return Task.FromResult(Refuse<DocumentSplit>(Refusal.Forbidden(Permissions.ForbiddenFr)));
        if (DocumentRows.Trimmed(reason) is not string why) return Task.FromResult(Refuse<DocumentSplit>(Refusal.Invalid("Indiquez le motif de la correction.")));
        return runner.RunAsync(async (conn, tx) =>
        {
            var doc = await DocumentRows.LockAsync(conn, tx, documentId, inDossier, actor);
            if (firstPageOfSecond <= doc.FirstPage || firstPageOfSecond > doc.LastPage)
                throw new RefusedException(Refusal.Invalid($"La coupure doit se faire entre les pages {doc.FirstPage + 1} et {doc.LastPage}."));
            await conn.ExecuteAsync("update document set last_page = @last where id = @documentId", new { last = firstPageOfSecond - 1, documentId }, tx);
            var newId = await conn.ExecuteScalarAsync<long>("""
                insert into document (file_id, first_page, last_page, type, type_confidence, received_on, about, dossier_id, attachment, attachment_reason, flags)
                select file_id, @first, @last, type, type_confidence, received_on, about, dossier_id, attachment, attachment_reason, flags
                from document where id = @documentId returning id
                """, new { first = firstPageOfSecond, last = doc.LastPage, documentId }, tx);
            await conn.ExecuteAsync("update field set document_id = @newId where document_id = @documentId and page >= @first",
                new { newId, documentId, first = firstPageOfSecond }, tx);
            await DocumentRows.RecordAsync(conn, tx, doc, doc.DossierId, "split", $"{doc.FirstPage}-{doc.LastPage}",
                $"{doc.FirstPage}-{firstPageOfSecond - 1} + {firstPageOfSecond}-{doc.LastPage}", why, actor, new { new_document = newId });
            return new Changed<DocumentSplit>(new DocumentSplit(documentId, newId), doc.DossierId is long dossier ? [dossier] : []);
        }, ct);
    }

    private static ChangeResult<T> Refuse<T>(Refusal refusal) => ChangeRunner.Refuse<T>(refusal);

    private static ChangeResult<DocumentRetyped> Refuse(Refusal refusal) => ChangeRunner.Refuse<DocumentRetyped>(refusal);
}

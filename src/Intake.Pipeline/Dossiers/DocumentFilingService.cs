using Dapper;
using Intake.Pipeline.Attachment;
using Intake.Pipeline.Audit;
using Intake.Pipeline.Storage;
using Npgsql;

namespace Intake.Pipeline.Dossiers;

/// <summary>Where a document was filed: its dossier (null: detached) and that dossier's number.</summary>
public sealed record DocumentFiled(long DocumentId, long? DossierId, string? DossierNumber);

/// <summary>
/// Filing documents into dossiers by hand: attach unattached mail, move or detach a filed document, open a
/// new dossier for unattached mail. Each change takes the attacher's lock (<see cref="DossierAttacher.LockAsync"/>:
/// no race with a worker filing mail or opening a dossier), then the document's row lock, checks the actor's
/// role once (<see cref="Permissions"/>) and the document's state, records the correction and its audit entry,
/// and routes the dossiers involved again, all in one transaction.
/// </summary>
public sealed class DocumentFilingService(ChangeRunner runner)
{
    /// <summary>Files an unattached document into the dossier numbered <paramref name="dossierNumber"/>.</summary>
    public Task<ChangeResult<DocumentFiled>> AttachAsync(Actor actor, long documentId, string? dossierNumber, string? reason, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.AttachDocument)) return Forbidden();
        if (DocumentRows.Trimmed(dossierNumber) is not string number) return Invalid("Choisissez le dossier de rattachement.");
        if (DocumentRows.Trimmed(reason) is not string why) return Invalid("Indiquez le motif du rattachement.");
        return runner.RunAsync(async (conn, tx) =>
        {
            await DossierAttacher.LockAsync(conn, tx);
            var doc = await DocumentRows.LockAsync(conn, tx, documentId, null, actor);
            if (doc.DossierId is not null)
                throw new RefusedException(Refusal.Conflict($"Ce document est déjà rattaché au dossier {doc.DossierNumber}."));
            var target = await FindAsync(conn, tx, number);
            await SetAsync(conn, tx, doc.Id, target.Id, "manual", $"rattaché par {actor.UserName} : {why}");
            await DocumentRows.RecordAsync(conn, tx, doc, target.Id, "attachment", null, target.Number, why, actor);
            return new Changed<DocumentFiled>(new DocumentFiled(doc.Id, target.Id, target.Number), [target.Id]);
        }, ct);
    }

    /// <summary>
    /// Moves a document to the dossier numbered <paramref name="dossierNumber"/>, or detaches it (no number):
    /// a reviewer's correction of the attachment. <paramref name="fromDossier"/> is the dossier whose page the
    /// reviewer was on; the document must be in it.
    /// </summary>
    public Task<ChangeResult<DocumentFiled>> MoveAsync(Actor actor, long documentId, long? fromDossier, string? dossierNumber, string? reason, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.MoveDocument)) return Forbidden();
        if (DocumentRows.Trimmed(reason) is not string why) return Invalid("Indiquez le motif du rattachement.");
        var number = DocumentRows.Trimmed(dossierNumber);
        return runner.RunAsync(async (conn, tx) =>
        {
            await DossierAttacher.LockAsync(conn, tx);
            var doc = await DocumentRows.LockAsync(conn, tx, documentId, fromDossier, actor);
            var target = number is null ? null : await FindAsync(conn, tx, number);
            if (target is not null && target.Id == doc.DossierId)
                throw new RefusedException(Refusal.Invalid($"Le document est déjà dans le dossier {target.Number}."));
            await SetAsync(conn, tx, doc.Id, target?.Id, target is null ? "unattached" : "manual",
                $"{(target is null ? "détaché" : "rattaché")} par {actor.UserName} : {why}");
            await DocumentRows.RecordAsync(conn, tx, doc, target?.Id ?? doc.DossierId, "attachment", doc.DossierNumber,
                target?.Number ?? "(non rattaché)", why, actor);
            return new Changed<DocumentFiled>(new DocumentFiled(doc.Id, target?.Id, target?.Number),
                new[] { doc.DossierId, target?.Id }.OfType<long>().ToArray());
        }, ct);
    }

    /// <summary>
    /// Opens a new dossier for an unattached document (a claim that came without its form, say): numbered by
    /// <see cref="DossierNumbering"/>, with the victim's keys read on the document.
    /// </summary>
    public Task<ChangeResult<DocumentFiled>> OpenDossierAsync(Actor actor, long documentId, string? reason, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.OpenDossier)) return Forbidden();
        if (DocumentRows.Trimmed(reason) is not string why) return Invalid("Indiquez le motif de l'ouverture du dossier.");
        return runner.RunAsync(async (conn, tx) =>
        {
            await DossierAttacher.LockAsync(conn, tx);
            var doc = await DocumentRows.LockAsync(conn, tx, documentId, null, actor);
            if (doc.DossierId is not null)
                throw new RefusedException(Refusal.Conflict($"Ce document est déjà rattaché au dossier {doc.DossierNumber}."));
            var fields = (await conn.QueryAsync<StoredField>($"select {StoredField.Columns} from field where document_id = @documentId",
                new { documentId }, tx)).Select(f => f.ToField()).OfType<Intake.Domain.Fields.ExtractedField>().ToList();
            var opened = await DossierNumbering.OpenAsync(conn, tx, DocumentIdentity.From(fields), doc.ReceivedOn);
            await SetAsync(conn, tx, doc.Id, opened.Id, "manual", $"dossier ouvert par {actor.UserName} : {why}");
            await DocumentRows.RecordAsync(conn, tx, doc, opened.Id, "attachment", null, opened.Number, why, actor);
            await AuditTrail.RecordAsync(conn, tx, actor.UserName, "open_dossier", "dossier", opened.Id, new { document = doc.Id, dossier = opened.Number, reason = why });
            return new Changed<DocumentFiled>(new DocumentFiled(doc.Id, opened.Id, opened.Number), [opened.Id]);
        }, ct);
    }

    private sealed record DossierRef(long Id, string Number);

    private static async Task<DossierRef> FindAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string number) =>
        await conn.QuerySingleOrDefaultAsync<DossierRef>("select id, number from dossier where number = @n",
            new { n = number.ToUpperInvariant() }, tx)
        ?? throw new RefusedException(Refusal.NotFound($"Aucun dossier ne porte le numéro « {number} »."));

    private static Task SetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long documentId, long? dossierId, string attachment, string why) =>
        conn.ExecuteAsync("""
            update document set dossier_id = @dossierId, attachment = @attachment, attachment_reason = @why where id = @documentId
            """, new { documentId, dossierId, attachment, why }, tx);

    private static Task<ChangeResult<DocumentFiled>> Forbidden() =>
        Task.FromResult(ChangeRunner.Refuse<DocumentFiled>(Refusal.Forbidden(Permissions.ForbiddenFr)));

    private static Task<ChangeResult<DocumentFiled>> Invalid(string message) =>
        Task.FromResult(ChangeRunner.Refuse<DocumentFiled>(Refusal.Invalid(message)));
}

using Dapper;
using Intake.Pipeline.Audit;
using Npgsql;

namespace Intake.Pipeline.Dossiers;

/// <summary>A document as the services see it, read under its row lock.</summary>
internal sealed class DocumentRow
{
    public long Id { get; init; }
    public long FileId { get; init; }
    public long? DossierId { get; init; }
    public string? DossierNumber { get; init; }
    public string Type { get; init; } = "";
    public int FirstPage { get; init; }
    public int LastPage { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public string? ConfirmedBy { get; init; }
    public string ArchivePath { get; init; } = "";
}

/// <summary>Reads and records documents for the services: row lock, state checks, correction rows.</summary>
internal static class DocumentRows
{
    private const string Select = """
        select d.id, d.file_id as FileId, d.dossier_id as DossierId, x.number as DossierNumber, d.type, d.first_page as FirstPage,
               d.last_page as LastPage, d.received_on as ReceivedOn, d.confirmed_by as ConfirmedBy, f.archive_path as ArchivePath
        from document d join intake_file f on f.id = d.file_id left join dossier x on x.id = d.dossier_id
        where d.id = @documentId
        """;

    /// <summary>The document, unlocked (for work done before the transaction, such as reading it again).</summary>
    public static Task<DocumentRow?> ReadAsync(NpgsqlConnection conn, long documentId) =>
        conn.QuerySingleOrDefaultAsync<DocumentRow>(Select, new { documentId });

    /// <summary>
    /// The document under its row lock, checked against where the caller saw it: in <paramref name="inDossier"/>
    /// when given (a form of that dossier's page), else anywhere. A document the actor's role may only touch
    /// while it is unattached is refused once it is in a dossier.
    /// </summary>
    public static async Task<DocumentRow> LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long documentId, long? inDossier, Actor actor)
    {
        var doc = await conn.QuerySingleOrDefaultAsync<DocumentRow>(Select + " for update of d", new { documentId }, tx)
            ?? throw new RefusedException(Refusal.NotFound("Document introuvable."));
        if (inDossier is long expected && doc.DossierId != expected)
            throw new RefusedException(Refusal.NotFound("Ce document n'appartient pas à ce dossier."));
        if (Permissions.OnlyUnattached(actor) && doc.DossierId is not null)
            throw new RefusedException(Refusal.Conflict(
                $"Ce document est déjà rattaché au dossier {doc.DossierNumber} : seul un instructeur peut le modifier."));
        return doc;
    }

    /// <summary>A correction of a document (type, split, attachment): its row (training and audit) and its audit entry.</summary>
    public static async Task RecordAsync(NpgsqlConnection conn, NpgsqlTransaction tx, DocumentRow doc, long? dossierId, string kind,
        string? old, string @new, string reason, Actor actor, object? extra = null)
    {
        await conn.ExecuteAsync("""
            insert into document_correction (document_id, dossier_id, kind, old_value, new_value, reason, user_name)
            values (@Id, @dossierId, @kind, @old, @newValue, @reason, @user)
            """, new { doc.Id, dossierId, kind, old, newValue = @new, reason, user = actor.UserName }, tx);
        await AuditTrail.RecordAsync(conn, tx, actor.UserName, $"correct_document_{kind}", "document", doc.Id,
            new { old, @new, reason, dossier = dossierId, extra });
    }

    public static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

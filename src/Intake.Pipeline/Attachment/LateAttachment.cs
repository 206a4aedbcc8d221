using Dapper;
using Intake.Domain.Fields;
using Intake.Extraction.Common;
using Intake.Pipeline.Storage;
using Npgsql;

namespace Intake.Pipeline.Attachment;

/// <summary>
/// Mail that could not be filed when it arrived — no dossier yet for its victim (the pieces came before the claim
/// form), or a dossier that did not yet know the victim's name — is filed once a dossier learns who its victim
/// is. After a file's dossiers are routed (their identity keys updated from their documents), every document the
/// machine left unattached that shares a key with one of them goes through the same cascade again
/// (<see cref="DossierMatcher"/>, over every candidate): a document that now designates exactly one of these
/// dossiers is attached to it, with the cascade's reason. A document a person filed, detached or left where it is
/// (a correction of its attachment) is never touched. Runs in the commit transaction, under the attacher's lock.
/// </summary>
public static class LateAttachment
{
    /// <summary>The most recent machine-unattached documents looked at (a backlog is filed by people long before).</summary>
    public const int MaxLookedAt = 2000;

    private static readonly string[] IdentityKeys =
    [
        FieldKeys.VictimeNom, FieldKeys.VictimeNomNaissance, FieldKeys.VictimePrenoms, FieldKeys.VictimeDateNaissance,
        FieldKeys.VictimeNir, FieldKeys.IdentiteNom, FieldKeys.IdentitePrenoms, FieldKeys.IdentiteDateNaissance, FieldKeys.FaitsDateActe,
    ];

    /// <summary>Attaches what now matches one of <paramref name="dossierIds"/>; returns the dossiers that received mail.</summary>
    public static async Task<IReadOnlyList<long>> RunAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyCollection<long> dossierIds, CancellationToken ct)
    {
        if (dossierIds.Count == 0) return [];
        var touched = dossierIds.ToHashSet();
        var keys = (await conn.QueryAsync<DossierKeys>("""
            select id, number, victim_name_keys as NameKeys, victim_birth_date as BirthDate, victim_nir as Nir,
                   filer_name_keys as FilerNameKeys
            from dossier where id = any(@ids)
            """, new { ids = touched.ToArray() }, tx)).ToList();
        if (keys.Count == 0) return [];

        var fields = (await conn.QueryAsync<StoredField>($"""
            select {StoredField.Columns} from field
            where document_id in (
                select d.id from document d
                where d.dossier_id is null and d.attachment = 'unattached'
                  and not exists (select 1 from document_correction c where c.document_id = d.id and c.kind = 'attachment')
                order by d.id desc limit {MaxLookedAt})
              and (key = any(@keys) or key like '%numero_dossier')
            """, new { keys = IdentityKeys }, tx)).ToList();

        var filed = new List<long>();
        foreach (var group in fields.GroupBy(f => f.DocumentId).OrderBy(g => g.Key))
        {
            ct.ThrowIfCancellationRequested();
            var id = DocumentIdentity.From(group.Select(f => f.ToField()).OfType<ExtractedField>().ToList());
            if (id.IsEmpty || !keys.Any(k => SharesKey(k, id))) continue;
            var match = await DossierAttacher.MatchAsync(conn, tx, id);
            if (match.DossierId is not long dossier || !touched.Contains(dossier)) continue;
            await conn.ExecuteAsync("""
                update document set dossier_id = @dossier, attachment = 'matched', attachment_reason = @reason
                where id = @documentId and dossier_id is null
                """, new { dossier, documentId = group.Key, reason = $"Rattaché à l'arrivée de nouvelles pièces : {match.Reason}" }, tx);
            filed.Add(dossier);
        }
        return filed.Distinct().ToList();
    }

    private static bool SharesKey(DossierKeys dossier, DocumentIdentity id) =>
        id.FileNumber == dossier.Number
        || (id.Nir is not null && id.Nir == dossier.Nir)
        || (id.BirthDate is not null && id.BirthDate == dossier.BirthDate)
        || dossier.NameKeys.Any(id.NameKeys.Contains)
        || dossier.FilerNameKeys.Any(id.NameKeys.Contains);

    /// <summary>Mapped by property (Dapper cannot bind nullable DateOnly through a constructor).</summary>
    private sealed class DossierKeys
    {
        public long Id { get; init; }
        public string Number { get; init; } = "";
        public string[] NameKeys { get; init; } = [];
        public DateOnly? BirthDate { get; init; }
        public string? Nir { get; init; }
        public string[] FilerNameKeys { get; init; } = [];
    }
}

using Dapper;
using Intake.Domain.Documents;
using Intake.Domain.Parsing;
using Intake.Pipeline.Steps;
using Npgsql;

namespace Intake.Pipeline.Attachment;

/// <summary>
/// Stage 7: attaches each document of a file to a dossier (document-types.md, "Attaching mail to dossiers").
/// A claim form opens a dossier, or is flagged as a possible duplicate of one for the same victim and facts;
/// the other documents of the same envelope go with it; any other mail is matched by, in order, the CCI file
/// number, the NIR, the name + birth date, the name alone (when it designates one dossier only). Anything
/// ambiguous or unmatched stays unattached for a person to file. Runs inside the commit transaction, under a
/// transaction-level advisory lock, so that concurrent workers never open two dossiers for one victim.
/// </summary>
public static class DossierAttacher
{
    private const long LockKey = 0x1a7a_6e00_0002;

    public sealed record Attached(long DocumentId, long? DossierId, string Attachment, string Reason);

    public static async Task<IReadOnlyList<Attached>> AttachAsync(NpgsqlConnection conn, NpgsqlTransaction tx,
        IReadOnlyList<long> documentIds, IReadOnlyList<AnalyzedDocument> documents, DateOnly receivedOn, CancellationToken ct)
    {
        await conn.ExecuteAsync("select pg_advisory_xact_lock(@k)", new { k = LockKey }, tx);
        var results = new List<Attached>();
        long? envelopeDossier = null;

        for (int i = 0; i < documents.Count; i++)
        {
            if (documents[i].Type != DocumentType.DemandeIndemnisation) continue;
            var id = DocumentIdentity.From(documents[i].Fields);
            var existing = await FindSameClaimAsync(conn, tx, id);
            if (existing is long dup)
            {
                results.Add(await SetAsync(conn, tx, documentIds[i], dup, "possible_duplicate",
                    "Une demande existe déjà pour cette victime et ces faits : doublon ou mise à jour à vérifier."));
                envelopeDossier ??= dup;
            }
            else
            {
                var dossierId = await OpenDossierAsync(conn, tx, id, receivedOn);
                results.Add(await SetAsync(conn, tx, documentIds[i], dossierId, "opened", "Nouvelle demande d'indemnisation : dossier ouvert."));
                envelopeDossier ??= dossierId;
            }
        }

        var others = new List<(int Index, DocumentIdentity Id, long? DossierId, string Reason)>();
        for (int i = 0; i < documents.Count; i++)
        {
            if (documents[i].Type == DocumentType.DemandeIndemnisation) continue;
            var id = DocumentIdentity.From(documents[i].Fields);
            var (dossierId, reason) = await MatchAsync(conn, tx, id);
            others.Add((i, id, dossierId, reason));
        }
        // Without a claim form, a document that names nobody (medical records, an unlabelled report) follows the
        // other documents of the same envelope when they all designate one and the same dossier.
        var fileDossier = envelopeDossier ?? SingleDossierOf(others.Where(o => !o.Id.IsEmpty).Select(o => o.DossierId));
        foreach (var (i, id, dossierId, reason) in others)
        {
            if (envelopeDossier is long env && (dossierId is null || dossierId == env))
                results.Add(await SetAsync(conn, tx, documentIds[i], env, "matched", "Reçu dans le même envoi que la demande d'indemnisation."));
            else if (dossierId is long d)
                results.Add(await SetAsync(conn, tx, documentIds[i], d, "matched", reason));
            else if (id.IsEmpty && fileDossier is long follow)
                results.Add(await SetAsync(conn, tx, documentIds[i], follow, "matched",
                    "Aucune identité sur le document : reçu dans le même envoi que les autres pièces de ce dossier."));
            else
                results.Add(await SetAsync(conn, tx, documentIds[i], null, "unattached", reason));
        }
        return results;
    }

    /// <summary>The one dossier all the identified documents were matched to; null when none, or any is unmatched or elsewhere.</summary>
    private static long? SingleDossierOf(IEnumerable<long?> matches)
    {
        var list = matches.ToList();
        if (list.Count == 0 || list.Any(m => m is null)) return null;
        var distinct = list.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    private static async Task<long?> FindSameClaimAsync(NpgsqlConnection conn, NpgsqlTransaction tx, DocumentIdentity id)
    {
        if (id.NameKeys.Count == 0 || id.BirthDate is null) return null;
        return await conn.ExecuteScalarAsync<long?>("""
            select id from dossier
            where victim_name_keys && @names and victim_birth_date = @birth
              and (act_date is not distinct from @act)
            order by id limit 1
            """, new { names = id.NameKeys.ToArray(), birth = id.BirthDate, act = id.ActDate }, tx);
    }

    private static async Task<long> OpenDossierAsync(NpgsqlConnection conn, NpgsqlTransaction tx, DocumentIdentity id, DateOnly receivedOn)
    {
        return await conn.ExecuteScalarAsync<long>("""
            insert into dossier (number, victim_name_keys, victim_first_key, victim_birth_date, victim_nir, act_date, receipt_date)
            values ('CCI-' || @year || '-' || lpad(nextval('dossier_number_seq')::text, 6, '0'), @names, @first, @birth, @nir, @act, @received)
            returning id
            """, new { year = receivedOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), names = id.NameKeys.ToArray(), first = id.FirstNameKey, birth = id.BirthDate, nir = id.Nir, act = id.ActDate, received = receivedOn }, tx);
    }

    /// <summary>The dossier a non-claim document belongs to, in the order of document-types.md, or null with the reason.</summary>
    private static async Task<(long? DossierId, string Reason)> MatchAsync(NpgsqlConnection conn, NpgsqlTransaction tx, DocumentIdentity id)
    {
        if (id.FileNumber is not null)
        {
            var byNumber = await conn.ExecuteScalarAsync<long?>("select id from dossier where number = @n", new { n = id.FileNumber }, tx);
            if (byNumber is not null) return (byNumber, "Numéro de dossier CCI cité sur le document.");
        }
        if (id.Nir is not null)
        {
            var byNir = (await conn.QueryAsync<long>("select id from dossier where victim_nir = @nir limit 2", new { nir = id.Nir }, tx)).ToList();
            if (byNir.Count == 1) return (byNir[0], "Même numéro de sécurité sociale que la victime du dossier.");
        }
        if (id.NameKeys.Count > 0 && id.BirthDate is not null)
        {
            var byNameBirth = (await conn.QueryAsync<long>("""
                select id from dossier where victim_name_keys && @names and victim_birth_date = @birth limit 2
                """, new { names = id.NameKeys.ToArray(), birth = id.BirthDate }, tx)).ToList();
            if (byNameBirth.Count == 1) return (byNameBirth[0], "Même nom et même date de naissance que la victime du dossier.");
            if (byNameBirth.Count > 1) return (null, "Plusieurs dossiers correspondent à ce nom et cette date de naissance : rattachement à faire à la main.");
        }
        if (id.NameKeys.Count > 0 && (id.BirthDate is not null || id.Nir is not null))
        {
            // An OCR slip in the name, confirmed by an exact birth date or NIR: never by the name alone.
            var confirmed = (await conn.QueryAsync<(long Id, string[] Names)>("""
                select id, victim_name_keys from dossier
                where victim_birth_date = @birth or victim_nir = @nir
                """, new { birth = id.BirthDate, nir = id.Nir }, tx))
                .Where(d => d.Names.Any(n => id.NameKeys.Any(k => NameKeyTolerance.AreClose(n, k)))).ToList();
            if (confirmed.Count == 1) return (confirmed[0].Id, "Nom très proche (erreur de lecture probable) et même date de naissance ou même numéro de sécurité sociale que la victime du dossier.");
            if (confirmed.Count > 1) return (null, "Plusieurs dossiers ont un nom proche et la même date de naissance : rattachement à faire à la main.");
        }
        if (id.NameKeys.Count > 0)
        {
            var byName = (await conn.QueryAsync<(long Id, string? First)>("""
                select id, victim_first_key from dossier where victim_name_keys && @names limit 3
                """, new { names = id.NameKeys.ToArray() }, tx)).ToList();
            if (id.FirstNameKey is not null) byName = byName.Where(d => d.First is null || d.First == id.FirstNameKey).ToList();
            if (byName.Count == 1) return (byName[0].Id, "Même nom que la victime du dossier (seul dossier à ce nom).");
            if (byName.Count > 1) return (null, "Plusieurs dossiers portent ce nom : rattachement à faire à la main.");
        }
        return (null, id.IsEmpty
            ? "Aucun numéro de dossier, numéro de sécurité sociale ni nom lisible sur le document."
            : "Aucun dossier ne correspond à ce document.");
    }

    private static async Task<Attached> SetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long documentId, long? dossierId, string attachment, string reason)
    {
        await conn.ExecuteAsync("update document set dossier_id = @dossierId, attachment = @attachment, attachment_reason = @reason where id = @documentId",
            new { documentId, dossierId, attachment, reason }, tx);
        return new Attached(documentId, dossierId, attachment, reason);
    }
}

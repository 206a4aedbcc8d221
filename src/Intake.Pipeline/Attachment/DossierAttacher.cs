using Dapper;
using Intake.Domain.Documents;
using Intake.Domain.Review;
using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Steps;
using Npgsql;

namespace Intake.Pipeline.Attachment;

/// <summary>
/// Stage 7: attaches each document of a file to a dossier (document-types.md, "Attaching mail to dossiers").
/// A claim form that is surely one and names its victim (<see cref="OpensDossier"/>) opens a dossier (<see cref="DossierNumbering"/>), or is flagged as a possible duplicate of one
/// for the same victim and facts; the other documents of the same envelope go with it; any other mail goes
/// through <see cref="DossierMatcher"/> over every dossier that shares one of its keys, and a document the cascade
/// cannot place follows its envelope when it shares a key with the envelope's dossier
/// (<see cref="DossierMatcher.FollowsEnvelope"/>). Anything ambiguous or unmatched stays unattached for a person to file. Runs inside the commit transaction, under a
/// transaction-level advisory lock (<see cref="LockAsync"/>, also taken by the filing services of
/// Intake.Pipeline.Dossiers), so that concurrent writers never open two dossiers for one victim.
/// </summary>
public static class DossierAttacher
{
    private const long LockKey = 0x1a7a_6e00_0002;

    public sealed record Attached(long DocumentId, long? DossierId, string Attachment, string Reason);

    /// <summary>The attachment lock, held until the transaction ends.</summary>
    public static Task LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx) =>
        conn.ExecuteAsync("select pg_advisory_xact_lock(@k)", new { k = LockKey }, tx);

    public static async Task<IReadOnlyList<Attached>> AttachAsync(NpgsqlConnection conn, NpgsqlTransaction tx,
        IReadOnlyList<long> documentIds, IReadOnlyList<AnalyzedDocument> documents, DateOnly receivedOn, CancellationToken ct)
    {
        await LockAsync(conn, tx);
        var results = new List<Attached>();
        long? envelopeDossier = null;

        var opensDossier = documents.Select(OpensDossier).ToArray();
        for (int i = 0; i < documents.Count; i++)
        {
            if (!opensDossier[i]) continue;
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
                var opened = await DossierNumbering.OpenAsync(conn, tx, id, receivedOn);
                results.Add(await SetAsync(conn, tx, documentIds[i], opened.Id, "opened", "Nouvelle demande d'indemnisation : dossier ouvert."));
                envelopeDossier ??= opened.Id;
            }
        }

        var others = new List<(int Index, DocumentIdentity Id, AttachmentMatch Match, IReadOnlyList<long> Sharing)>();
        for (int i = 0; i < documents.Count; i++)
        {
            if (opensDossier[i]) continue;
            var id = DocumentIdentity.From(documents[i].Fields);
            var candidates = await CandidatesAsync(conn, tx, id);
            others.Add((i, id, DossierMatcher.Match(id, candidates), candidates.Select(c => c.Id).ToList()));
        }
        // Without a claim form, the envelope's dossier is the one its matched documents all designate.
        var matchedDossier = envelopeDossier ?? SingleDossierOf(others.Where(o => o.Match.DossierId is not null).Select(o => o.Match.DossierId));
        var decided = new Dictionary<int, (long? Dossier, string Attachment, string Reason)>();
        foreach (var (i, id, match, sharing) in others)
        {
            if (envelopeDossier is long env && (match.DossierId is null || match.DossierId == env))
                decided[i] = (env, "matched", "Reçu dans le même envoi que la demande d'indemnisation.");
            else if (match.DossierId is long d)
                decided[i] = (d, "matched", match.Reason);
            else if (DossierMatcher.FollowsEnvelope(match, sharing, matchedDossier) is long follow)
                decided[i] = (follow, "matched",
                    "Reçu dans le même envoi que d'autres pièces de ce dossier, avec un nom de famille, une date de naissance ou un numéro en commun.");
        }
        // A document that names nobody (medical records, an unlabelled report) follows the other documents of the
        // envelope when every identified one went to one and the same dossier.
        var fileDossier = envelopeDossier ?? SingleDossierOf(others.Where(o => !o.Id.IsEmpty)
            .Select(o => decided.TryGetValue(o.Index, out var x) ? x.Dossier : null));
        foreach (var (i, id, match, _) in others)
        {
            var (dossier, attachment, reason) = decided.TryGetValue(i, out var x) ? x
                : id.IsEmpty && fileDossier is long follow
                    ? (follow, "matched", "Aucune identité sur le document : reçu dans le même envoi que les autres pièces de ce dossier.")
                    : ((long?)null, "unattached", match.Reason);
            results.Add(await SetAsync(conn, tx, documentIds[i], dossier, attachment, reason));
        }
        return results;
    }

    /// <summary>
    /// A claim form opens a dossier only when it is surely one (type confidence at or above
    /// <see cref="ReviewThresholds.DocumentType"/>) and names its victim (a name or a NIR): a page taken for a claim
    /// form with doubt (the back of an identity card, say), or the second half of a form split in two, would
    /// otherwise open a dossier nobody asked for. Such a document is filed like any other mail (with its envelope,
    /// else by the cascade, else left for a person).
    /// </summary>
    public static bool OpensDossier(AnalyzedDocument document)
    {
        if (document.Type != DocumentType.DemandeIndemnisation || document.TypeConfidence < ReviewThresholds.DocumentType) return false;
        var id = DocumentIdentity.From(document.Fields);
        return id.NameKeys.Count > 0 || id.Nir is not null;
    }

    /// <summary>The dossier a non-claim document belongs to (see <see cref="DossierMatcher"/>), over every candidate.</summary>
    public static async Task<AttachmentMatch> MatchAsync(NpgsqlConnection conn, NpgsqlTransaction tx, DocumentIdentity id) =>
        DossierMatcher.Match(id, await CandidatesAsync(conn, tx, id));

    /// <summary>
    /// Every dossier that shares a key with the document — its file number, NIR, a family name (the victim's or the
    /// filer's), or its birth date (for names read with an OCR slip) — in id order, without a limit: the matcher must see them all to know
    /// that a name is ambiguous.
    /// </summary>
    public static async Task<IReadOnlyList<DossierCandidate>> CandidatesAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, DocumentIdentity id)
    {
        if (id.IsEmpty) return [];
        return (await conn.QueryAsync<CandidateRow>("""
            select id, number, victim_name_keys as NameKeys, victim_first_key as FirstKey, victim_birth_date as BirthDate, victim_nir as Nir,
                   facts ->> 'victime.prenoms' as FirstNames, filer_name_keys as FilerNameKeys, filer_first_key as FilerFirstKey
            from dossier
            where number = @number or victim_nir = @nir or victim_name_keys && @names or victim_birth_date = @birth
               or filer_name_keys && @names
            order by id
            """, new { number = id.FileNumber, nir = id.Nir, names = id.NameKeys.ToArray(), birth = id.BirthDate }, tx))
            .Select(r => new DossierCandidate(r.Id, r.Number, r.NameKeys, r.FirstKey, r.BirthDate, r.Nir, r.FirstNames)
            {
                FilerNameKeys = r.FilerNameKeys,
                FilerFirstKey = r.FilerFirstKey,
            }).ToList();
    }

    /// <summary>Mapped by property (Dapper cannot bind nullable DateOnly through a constructor).</summary>
    private sealed class CandidateRow
    {
        public long Id { get; init; }
        public string Number { get; init; } = "";
        public string[] NameKeys { get; init; } = [];
        public string? FirstKey { get; init; }
        public DateOnly? BirthDate { get; init; }
        public string? Nir { get; init; }
        public string? FirstNames { get; init; }
        public string[] FilerNameKeys { get; init; } = [];
        public string? FilerFirstKey { get; init; }
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
              and (victim_first_key is null or @first::text is null or victim_first_key = @first)
            order by id limit 1
            """, new { names = id.NameKeys.ToArray(), birth = id.BirthDate, act = id.ActDate, first = id.FirstNameKey }, tx);
    }

    private static async Task<Attached> SetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long documentId, long? dossierId, string attachment, string reason)
    {
        await conn.ExecuteAsync("update document set dossier_id = @dossierId, attachment = @attachment, attachment_reason = @reason where id = @documentId",
            new { documentId, dossierId, attachment, reason }, tx);
        return new Attached(documentId, dossierId, attachment, reason);
    }
}

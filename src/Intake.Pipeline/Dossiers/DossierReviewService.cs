using System.Text.Json;
using Dapper;
using Intake.Domain.Fields;
using Intake.Domain.Review;
using Intake.Pipeline.Audit;
using Npgsql;

namespace Intake.Pipeline.Dossiers;

/// <summary>A dossier after a reviewer's change, with what changed (the key, the review status, the date).</summary>
public sealed record DossierChanged(long DossierId, string What);

/// <summary>
/// The reviewer's decision on the pre-routing: confirm it, or override procedure and payer with a reason.
/// <paramref name="UncheckedReason"/>: why the dossier is confirmed although readings below the review threshold
/// were not checked (without it, such a confirmation is refused).
/// </summary>
public sealed record RoutingDecision(bool Override, string? Procedure, string? Payer, string? Reason, string? UncheckedReason = null);

/// <summary>The facts accepted in one go by <see cref="DossierReviewService.AcceptConfidentAsync"/>.</summary>
public sealed record AcceptedFields(long DossierId, IReadOnlyList<string> Keys)
{
    public int Count => Keys.Count;
}

/// <summary>
/// A reviewer's changes to a dossier: correct or accept a fact (precedence over every document), confirm or
/// override the pre-routing, set the complete date (start of the 6-month clock). Each takes the dossier's row
/// lock, checks the role once (<see cref="Permissions"/>), writes the change and its audit entry (who, old →
/// new, why), and re-evaluates the dossier, in one transaction.
/// </summary>
public sealed class DossierReviewService(ChangeRunner runner)
{
    public const string AcceptedReason = "Valeur vérifiée par l'instructeur";

    public static readonly IReadOnlyList<string> Procedures = ["reglement_amiable", "conciliation"];
    public static readonly IReadOnlyList<string> Payers = ["assureur", "oniam", "fonds_garantie"];

    /// <summary>
    /// A reviewer's value for a fact: <paramref name="json"/> is the value in its stored JSON form (the web
    /// page parses the French text typed by the reviewer); it must be a valid value of <paramref name="key"/>.
    /// </summary>
    public Task<ChangeResult<DossierChanged>> CorrectFieldAsync(Actor actor, long dossierId, string key, string? json, string? reason, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.CorrectField)) return Refuse(Refusal.Forbidden(Permissions.ForbiddenFr));
        if (DocumentRows.Trimmed(reason) is not string why) return Refuse(Refusal.Invalid("Indiquez le motif de la correction."));
        if (json is null || !IsValueOf(key, json)) return Refuse(Refusal.Invalid($"Valeur invalide pour « {key} »."));
        return runner.RunAsync(async (conn, tx) =>
        {
            await LockAsync(conn, tx, dossierId);
            var old = await conn.ExecuteScalarAsync<string?>("select (facts -> @key)::text from dossier where id = @dossierId", new { key, dossierId }, tx);
            await InsertCorrectionAsync(conn, tx, dossierId, key, old, json, why, actor);
            await AuditTrail.RecordAsync(conn, tx, actor.UserName, "correct_field", "dossier", dossierId, new { key, old = Json(old), @new = Json(json), reason = why });
            return new Changed<DossierChanged>(new DossierChanged(dossierId, key), [dossierId]);
        }, ct);
    }

    /// <summary>The reviewer checked a value read on a document of this dossier and keeps it.</summary>
    public Task<ChangeResult<DossierChanged>> AcceptFieldAsync(Actor actor, long dossierId, long fieldId, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.CorrectField)) return Refuse(Refusal.Forbidden(Permissions.ForbiddenFr));
        return runner.RunAsync(async (conn, tx) =>
        {
            await LockAsync(conn, tx, dossierId);
            var f = await conn.QuerySingleOrDefaultAsync<(string Key, string Value)>("""
                select f.key, f.value::text from field f join document d on d.id = f.document_id
                where f.id = @fieldId and d.dossier_id = @dossierId
                """, new { fieldId, dossierId }, tx);
            if (f.Key is null) throw new RefusedException(Refusal.NotFound("Ce champ n'appartient pas à ce dossier."));
            var old = await conn.ExecuteScalarAsync<string?>("select (facts -> @k)::text from dossier where id = @dossierId", new { k = f.Key, dossierId }, tx);
            await InsertCorrectionAsync(conn, tx, dossierId, f.Key, old, f.Value, AcceptedReason, actor);
            await AuditTrail.RecordAsync(conn, tx, actor.UserName, "accept_field", "dossier", dossierId, new { key = f.Key, old = Json(old), @new = Json(f.Value), reason = AcceptedReason });
            return new Changed<DossierChanged>(new DossierChanged(dossierId, f.Key), [dossierId]);
        }, ct);
    }

    /// <summary>
    /// Accepts every fact of the dossier no reviewer has checked yet whose readings all agree and are at or above
    /// the review threshold (<see cref="ReviewThresholds.Field"/>): one acceptance per key, each audited, one re-routing.
    /// </summary>
    public Task<ChangeResult<AcceptedFields>> AcceptConfidentAsync(Actor actor, long dossierId, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.CorrectField))
            return Task.FromResult(ChangeRunner.Refuse<AcceptedFields>(Refusal.Forbidden(Permissions.ForbiddenFr)));
        return runner.RunAsync(async (conn, tx) =>
        {
            await LockAsync(conn, tx, dossierId);
            var confident = (await conn.QueryAsync<(string Key, string Value)>("""
                select f.key, (array_agg(f.value::text order by f.confidence desc, f.id))[1]
                from field f join document d on d.id = f.document_id
                where d.dossier_id = @dossierId
                  and not exists (select 1 from correction c where c.dossier_id = @dossierId and c.key = f.key)
                group by f.key
                having min(f.confidence) >= @threshold and count(distinct f.value) = 1
                order by f.key
                """, new { dossierId, threshold = (float)ReviewThresholds.Field }, tx)).ToList();
            foreach (var (key, value) in confident)
            {
                var old = await conn.ExecuteScalarAsync<string?>("select (facts -> @key)::text from dossier where id = @dossierId", new { key, dossierId }, tx);
                await InsertCorrectionAsync(conn, tx, dossierId, key, old, value, AcceptedReason, actor);
                await AuditTrail.RecordAsync(conn, tx, actor.UserName, "accept_field", "dossier", dossierId,
                    new { key, old = Json(old), @new = Json(value), reason = AcceptedReason, confident = true });
            }
            var keys = confident.Select(c => c.Key).ToList();
            return new Changed<AcceptedFields>(new AcceptedFields(dossierId, keys), keys.Count > 0 ? [dossierId] : []);
        }, ct);
    }

    /// <summary>
    /// The facts of the dossier read below the review threshold that no reviewer has accepted or corrected yet
    /// (key and lowest confidence, lowest first).
    /// </summary>
    public static async Task<IReadOnlyList<(string Key, float Confidence)>> UncheckedAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long dossierId) =>
        (await conn.QueryAsync<(string, float)>("""
            select f.key, min(f.confidence)
            from field f join document d on d.id = f.document_id
            where d.dossier_id = @dossierId and f.confidence < @threshold
              and not exists (select 1 from correction c where c.dossier_id = @dossierId and c.key = f.key)
            group by f.key order by min(f.confidence), f.key
            """, new { dossierId, threshold = (float)ReviewThresholds.Field }, tx)).ToList();

    /// <summary>
    /// Confirms the pre-routing, or overrides it with a reason; the dossier's documents count as confirmed (training
    /// data). Refused while readings below the review threshold are unchecked, unless the decision gives the reason
    /// to confirm without checking them (audited with the keys left unchecked).
    /// </summary>
    public Task<ChangeResult<DossierChanged>> ReviewRoutingAsync(Actor actor, long dossierId, RoutingDecision decision, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.ReviewRouting)) return Refuse(Refusal.Forbidden(Permissions.ForbiddenFr));
        var reason = DocumentRows.Trimmed(decision.Reason);
        var procedure = DocumentRows.Trimmed(decision.Procedure);
        var payer = DocumentRows.Trimmed(decision.Payer);
        if (decision.Override && reason is null) return Refuse(Refusal.Invalid("Indiquez le motif de la modification de l'orientation."));
        if (decision.Override && procedure is not null && !Procedures.Contains(procedure)) return Refuse(Refusal.Invalid("Procédure inconnue."));
        if (decision.Override && payer is not null && !Payers.Contains(payer)) return Refuse(Refusal.Invalid("Payeur inconnu."));
        return runner.RunAsync(async (conn, tx) =>
        {
            await LockAsync(conn, tx, dossierId);
            var before = await conn.QuerySingleAsync<(string? Procedure, string? Payer)>(
                "select procedure, likely_payer from dossier where id = @dossierId", new { dossierId }, tx);
            var notChecked = await UncheckedAsync(conn, tx, dossierId);
            var uncheckedReason = DocumentRows.Trimmed(decision.UncheckedReason);
            if (notChecked.Count > 0 && uncheckedReason is null)
                throw new RefusedException(Refusal.Conflict(
                    $"{notChecked.Count} champ(s) lu(s) avec une confiance faible non vérifié(s) ({string.Join(", ", notChecked.Select(u => Intake.Domain.Facts.FactCatalog.Label(u.Key)))}) : "
                    + "vérifiez-les, ou indiquez le motif pour confirmer sans les vérifier."));
            if (notChecked.Count > 0)
                await AuditTrail.RecordAsync(conn, tx, actor.UserName, "confirm_unchecked_fields", "dossier", dossierId,
                    new { keys = notChecked.Select(u => u.Key).ToArray(), reason = uncheckedReason });
            var status = decision.Override ? "overridden" : "confirmed";
            var (proc, pay) = decision.Override ? (procedure, payer) : (before.Procedure, before.Payer);
            await conn.ExecuteAsync("""
                update dossier set review_status = @status, status = 'confirme', reviewed_by = @user, reviewed_at = now(),
                    review_reason = @reason, reviewed_procedure = @proc, reviewed_payer = @pay, updated_at = now()
                where id = @dossierId
                """, new { status, user = actor.UserName, reason, proc, pay, dossierId }, tx);
            await conn.ExecuteAsync("""
                update document set confirmed_by = @user, confirmed_at = now() where dossier_id = @dossierId and confirmed_by is null
                """, new { user = actor.UserName, dossierId }, tx);
            await AuditTrail.RecordAsync(conn, tx, actor.UserName, decision.Override ? "override_routing" : "confirm_routing", "dossier", dossierId,
                new { proposed = new { procedure = before.Procedure, payer = before.Payer }, retained = new { procedure = proc, payer = pay }, reason });
            return new Changed<DossierChanged>(new DossierChanged(dossierId, status), []);
        }, ct);
    }

    /// <summary>
    /// Sets the date the dossier became complete (the 6-month clock runs from it), or gives it back to the rules
    /// (<paramref name="date"/> null). A date set by a reviewer is kept as set by every later routing.
    /// </summary>
    public Task<ChangeResult<DossierChanged>> CorrectCompleteDateAsync(Actor actor, long dossierId, DateOnly? date, string? reason, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.CorrectCompleteDate)) return Refuse(Refusal.Forbidden(Permissions.ForbiddenFr));
        if (DocumentRows.Trimmed(reason) is not string why) return Refuse(Refusal.Invalid("Indiquez le motif de la correction de la date."));
        return runner.RunAsync(async (conn, tx) =>
        {
            await LockAsync(conn, tx, dossierId);
            var row = await conn.QuerySingleAsync<CompleteDateRow>(
                "select receipt_date as ReceiptDate, complete_date as CompleteDate from dossier where id = @dossierId", new { dossierId }, tx);
            if (date is DateOnly d && row.ReceiptDate is DateOnly r && d < r)
                throw new RefusedException(Refusal.Invalid($"Le dossier ne peut pas être complet avant la réception de la demande ({r:dd/MM/yyyy})."));
            await conn.ExecuteAsync("""
                update dossier set complete_date = @date, complete_date_by = @by, updated_at = now() where id = @dossierId
                """, new { date, by = date is null ? null : actor.UserName, dossierId }, tx);
            await AuditTrail.RecordAsync(conn, tx, actor.UserName, "correct_complete_date", "dossier", dossierId,
                new { old = row.CompleteDate, @new = date, reason = why });
            return new Changed<DossierChanged>(new DossierChanged(dossierId, "complete_date"), [dossierId]);
        }, ct);
    }

    /// <summary>
    /// The reviewer takes the dossier (<paramref name="take"/>) or gives it back. Taking a dossier another reviewer
    /// holds is refused (they give it back first); an admin may give back anybody's. Audited, no re-routing.
    /// </summary>
    public Task<ChangeResult<DossierChanged>> AssignAsync(Actor actor, long dossierId, bool take, CancellationToken ct = default)
    {
        if (!Permissions.Allows(actor, DossierAction.AssignDossier)) return Refuse(Refusal.Forbidden(Permissions.ForbiddenFr));
        return runner.RunAsync(async (conn, tx) =>
        {
            await LockAsync(conn, tx, dossierId);
            var holder = await conn.ExecuteScalarAsync<string?>("select assigned_to from dossier where id = @dossierId", new { dossierId }, tx);
            if (take && holder is not null && holder != actor.UserName)
                throw new RefusedException(Refusal.Conflict($"Ce dossier est déjà attribué à {holder}."));
            if (!take && holder is not null && holder != actor.UserName && !actor.Is(StaffRoles.Admin))
                throw new RefusedException(Refusal.Conflict($"Ce dossier est attribué à {holder} : seul cet instructeur ou un administrateur peut le libérer."));
            var to = take ? actor.UserName : null;
            await conn.ExecuteAsync("""
                update dossier set assigned_to = @to, assigned_at = case when @to is null then null else now() end, updated_at = now() where id = @dossierId
                """, new { to, dossierId }, tx);
            await AuditTrail.RecordAsync(conn, tx, actor.UserName, take ? "assign_dossier" : "release_dossier", "dossier", dossierId, new { old = holder, @new = to });
            return new Changed<DossierChanged>(new DossierChanged(dossierId, "assigned_to"), []);
        }, ct);
    }

    private sealed class CompleteDateRow
    {
        public DateOnly? ReceiptDate { get; init; }
        public DateOnly? CompleteDate { get; init; }
    }

    private static async Task LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long dossierId)
    {
        if (await conn.ExecuteScalarAsync<long?>("select id from dossier where id = @dossierId for update", new { dossierId }, tx) is null)
            throw new RefusedException(Refusal.NotFound("Dossier introuvable."));
    }

    private static bool IsValueOf(string key, string json)
    {
        if (Intake.Domain.Facts.FactCatalog.Find(key) is null) return false;
        try
        {
            using var doc = JsonDocument.Parse(json);
            return FieldValueJson.FromJson(key, doc.RootElement) is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static object? Json(string? json) => json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);

    private static Task InsertCorrectionAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long dossierId, string key, string? old, string json, string reason, Actor actor) =>
        conn.ExecuteAsync("""
            insert into correction (dossier_id, key, old_value, new_value, reason, user_name)
            values (@dossierId, @key, @old::jsonb, @json::jsonb, @reason, @user)
            """, new { dossierId, key, old, json, reason, user = actor.UserName }, tx);

    private static Task<ChangeResult<DossierChanged>> Refuse(Refusal refusal) => Task.FromResult(ChangeRunner.Refuse<DossierChanged>(refusal));
}

using System.Text.Json;
using Dapper;
using Intake.Domain.Documents;
using Intake.Domain.Facts;
using Intake.Domain.Fields;
using Intake.Domain.Rules;
using Intake.Domain.Rules.Cli;
using Intake.Pipeline.Storage;
using Npgsql;

namespace Intake.Pipeline.Routing;

public sealed partial class DossierRouter
{
    private sealed record DocRow(long Id, string Type, DateOnly ReceivedOn, string About);
    private sealed record CorrectionRow(string Key, string NewValue, string UserName, DateTime CreatedAt, string Reason);
    private sealed class DossierRow
    {
        public DateOnly? ReceiptDate { get; init; }
        public DateOnly? CompleteDate { get; init; }
        public string? CompleteDateBy { get; init; }
    }

    /// <summary>Loads a dossier's documents, fields and corrections; decides; stores the decision.</summary>
    public async Task<Decision> RouteOneAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long dossierId, DateOnly today, CancellationToken ct)
    {
        var dossier = await conn.QuerySingleAsync<DossierRow>(
            "select receipt_date as ReceiptDate, complete_date as CompleteDate, complete_date_by as CompleteDateBy from dossier where id = @dossierId for update", new { dossierId }, tx);
        var docs = (await conn.QueryAsync<DocRow>("""
            select id, type, received_on as ReceivedOn, about from document where dossier_id = @dossierId order by received_on, id
            """, new { dossierId }, tx)).ToList();
        var fields = (await conn.QueryAsync<StoredField>($"select {StoredField.Columns} from field where document_id = any(@ids)",
            new { ids = docs.Select(d => d.Id).ToArray() }, tx)).ToLookup(f => f.DocumentId);
        var corrections = (await conn.QueryAsync<CorrectionRow>("""
            select key, new_value::text as NewValue, user_name as UserName, created_at as CreatedAt, reason
            from correction where dossier_id = @dossierId order by created_at
            """, new { dossierId }, tx)).ToList();

        var dossierDocs = docs.Select(d => new DossierDocument(
            d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Type, d.ReceivedOn,
            d.About == "demandeur" ? DocumentSubject.Demandeur : DocumentSubject.Victime,
            fields[d.Id].Select(f => f.ToField()).OfType<ExtractedField>().ToList())).ToList();
        var reviewed = corrections.Select(c => (c, value: StoredField.ParseValue(c.Key, c.NewValue)))
            .Where(x => x.value is not null)
            .Select(x => new ReviewerCorrection(x.c.Key, x.value!, x.c.UserName, new DateTimeOffset(DateTime.SpecifyKind(x.c.CreatedAt, DateTimeKind.Utc)), x.c.Reason))
            .ToList();

        var receipt = dossier.ReceiptDate
            ?? docs.Where(d => d.Type == DocumentType.DemandeIndemnisation).Select(d => (DateOnly?)d.ReceivedOn).Min()
            ?? docs.Select(d => (DateOnly?)d.ReceivedOn).Min() ?? today;
        var ruleCase = RuleCase.FromDossier(receipt, today, dossierDocs, reviewed);
        var decision = RulesEngine.Decide(ruleCase, null);

        // The complete date starts the 6-month clock: once stored it never moves silently. A date a reviewer set
        // (Dossiers/DossierReviewService) is theirs: kept as set, and the dossier counts as complete from it.
        var flags = decision.Flags.ToList();
        var completeDate = decision.CompleteDate;
        var complete = decision.Complete;
        if (dossier.CompleteDateBy is not null && dossier.CompleteDate is DateOnly set)
        {
            completeDate = set;
            complete = true;
        }
        else if (dossier.CompleteDate is DateOnly stored && stored != completeDate)
        {
            completeDate = stored;
            flags.Add(FlagCodes.CompleteDateToConfirm);
        }
        DateOnly? avisDue = completeDate is { } from ? LegalClocks.AvisDue(from) : null;

        var facts = ruleCase.Facts;
        // The dossier's identity keys, as DocumentIdentity reads a document's: a birth date or NIR read with little
        // confidence is not a key (a person's correction has no provenance confidence and always is).
        bool Sure(string key) => facts[key]?.Provenance?.Confidence is not double c || c >= Intake.Domain.Review.ReviewThresholds.IdentityKey;
        var nir = Sure("victime.nir") ? facts.Text("victime.nir") : null;
        var names = new[] { facts.Text("victime.nom"), facts.Text("victime.nom_naissance") }
            .Where(n => n is not null).Select(n => Attachment.DocumentIdentity.NameKey(n!)).Where(k => k.Length > 1).ToArray();
        var first = facts.Text("victime.prenoms") is string p ? Attachment.DocumentIdentity.KeyOfFirstName(p) : null;
        var filerName = facts.Text("demandeur.nom") is string fn ? Attachment.DocumentIdentity.NameKey(fn) : null;
        var filerFirst = facts.Text("demandeur.prenoms") is string fp ? Attachment.DocumentIdentity.KeyOfFirstName(fp) : null;
        await conn.ExecuteAsync("""
            update dossier set decision = @decision::jsonb, facts = @facts::jsonb, rule_set_version = @version,
                gravity = @gravity, procedure = @procedure, likely_payer = @payer, flags = @flags,
                complete = @complete, complete_date = @completeDate, avis_due = @avisDue,
                receipt_date = coalesce(receipt_date, @receipt),
                victim_nir = coalesce(@nir, victim_nir),
                victim_birth_date = coalesce(victim_birth_date, @birth),
                victim_first_key = coalesce(victim_first_key, @first),
                victim_name_keys = array(select distinct unnest(victim_name_keys || @names)),
                filer_name_keys = case when @filerName::text is null or length(@filerName::text) < 2 then filer_name_keys
                                       else array(select distinct unnest(filer_name_keys || array[@filerName::text])) end,
                filer_first_key = coalesce(filer_first_key, case when length(@filerFirst::text) > 1 then @filerFirst::text end),
                updated_at = now()
            where id = @dossierId
            """, new
        {
            dossierId,
            decision = RuleCaseJson.Format(decision),
            facts = FactsJson(facts),
            version = decision.RuleSetVersion,
            gravity = decision.Gravity.Outcome,
            procedure = decision.Procedure,
            payer = decision.LikelyPayer,
            flags = flags.Distinct().Order(StringComparer.Ordinal).ToArray(),
            complete,
            completeDate,
            avisDue,
            receipt,
            nir = nir is not null && Intake.Domain.Identity.Nir.IsValid(nir) ? Intake.Domain.Identity.Nir.Normalize(nir) : null,
            birth = Sure("victime.date_naissance") ? facts.Date("victime.date_naissance") : null,
            names,
            first = first is { Length: > 1 } ? first : null,
            filerName,
            filerFirst,
        }, tx);
        return decision;
    }

    /// <summary>The consolidated facts as {key: value} (the provenance stays in the decision's trail).</summary>
    public static string FactsJson(FactSet facts)
    {
        var o = new System.Text.Json.Nodes.JsonObject();
        foreach (var f in facts.All) o[f.Key] = FieldValueJson.ToNode(f.Value);
        return o.ToJsonString();
    }
}

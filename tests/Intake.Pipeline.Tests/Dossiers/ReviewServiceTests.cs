using System.Text.Json;
using Dapper;
using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Tests.Support;

namespace Intake.Pipeline.Tests.Dossiers;

/// <summary>A reviewer's changes: facts, document type (read again), routing decision, complete date.</summary>
public sealed class ReviewServiceTests : DatabaseTest
{
    private static readonly DateOnly Born = new(1970, 5, 12);
    private Services services = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        services = new Services(Db, Repo.TempDir("intake-archive"));
    }

    public override async Task DisposeAsync()
    {
        services.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_corrected_type_reads_the_documents_fields_again_under_that_type_then_routes_the_dossier()
    {
        var (dossier, _, _) = await Store.DossierWithClaimAsync(Db, "MEUNIER", "Christine", Born);
        var archived = await services.Archive.StoreAsync(SampleFiles.Certificate);
        var fileId = await Store.FileAsync(Db, archived.RelativePath);
        // Classified as a plain letter: the fields read under that type are a letter's.
        var doc = await Store.DocumentAsync(Db, fileId, "courrier", dossier.Id, [new("courrier.expediteur", "Cabinet médical", 0.6, 1, null)], attachment: "matched");
        var decisionBefore = await Store.ScalarAsync<string>(Db, "select decision::text from dossier where id = @Id", dossier);

        var result = await services.Documents.ChangeTypeAsync(Who.Reviewer, doc, dossier.Id, "certificat_medical", "c'est un certificat");

        Assert.True(result.Ok, result.Refusal?.MessageFr);
        await using var conn = await Db.OpenAsync();
        var fields = (await conn.QueryAsync<(string Key, string Value)>("select key, value #>> '{}' from field where document_id = @doc", new { doc }))
            .ToDictionary(f => f.Key, f => f.Value);
        using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(SampleFiles.CertificateTruth));
        var expected = truth.RootElement.GetProperty("documents")[0].GetProperty("fields");
        Assert.DoesNotContain("courrier.expediteur", fields.Keys);
        Assert.Equal(expected.GetProperty("certificat.date").GetString(), fields.GetValueOrDefault("certificat.date"));
        Assert.Equal(expected.GetProperty("victime.nom").GetString(), fields.GetValueOrDefault("victime.nom"));
        Assert.Equal(("certificat_medical", "remi"), await conn.QuerySingleAsync<(string, string)>("select type, confirmed_by from document where id = @doc", new { doc }));
        Assert.Equal((1, fields.Count), (result.Value!.FieldsBefore, result.Value.FieldsAfter));
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'correct_document_type' and target_id = @doc", new { doc }));
        // The dossier was routed again with the certificate's facts.
        Assert.NotEqual(decisionBefore, await conn.ExecuteScalarAsync<string>("select decision::text from dossier where id = @Id", dossier));
        Assert.Contains("certificat_medical", await conn.ExecuteScalarAsync<string>("select decision::text from dossier where id = @Id", dossier), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_type_cannot_be_corrected_once_the_original_is_gone()
    {
        var fileId = await Store.FileAsync(Db, "ab/cd/gone.pdf");
        var doc = await Store.DocumentAsync(Db, fileId, "courrier", fields: Who.Fields("DUPONT"));
        var result = await services.Documents.ChangeTypeAsync(Who.Reviewer, doc, null, "certificat_medical", "motif");
        Assert.Equal(RefusalKind.Conflict, result.Refusal?.Kind);
        Assert.Contains("n'est plus conservé", result.Refusal!.MessageFr, StringComparison.Ordinal);
        Assert.Equal("courrier", await Store.ScalarAsync<string>(Db, "select type from document where id = @doc", new { doc }));
    }

    [Fact]
    public async Task A_corrected_fact_wins_over_the_documents_and_is_audited_with_its_old_value()
    {
        var (dossier, _, _) = await Store.DossierWithClaimAsync(Db, "DUPONT", "Marie", Born);
        var result = await services.Review.CorrectFieldAsync(Who.Reviewer, dossier.Id, "victime.prenoms", "\"Marie-Anne\"", "pièce d'identité");
        Assert.True(result.Ok, result.Refusal?.MessageFr);
        Assert.Equal("Marie-Anne", await Store.ScalarAsync<string>(Db, "select facts ->> 'victime.prenoms' from dossier where id = @Id", dossier));
        var detail = await Store.ScalarAsync<string>(Db, "select detail::text from audit_event where action = 'correct_field'");
        Assert.True(detail.Contains("\"old\": \"Marie\"", StringComparison.Ordinal), detail);
        var invalid = await services.Review.CorrectFieldAsync(Who.Reviewer, dossier.Id, "prejudice.aipp", "\"beaucoup\"", "x");
        Assert.Equal(RefusalKind.Invalid, invalid.Refusal?.Kind);
        Assert.Equal(RefusalKind.NotFound, (await services.Review.CorrectFieldAsync(Who.Reviewer, 999999, "victime.nom", "\"X\"", "x")).Refusal?.Kind);
    }

    [Fact]
    public async Task A_field_of_another_dossier_cannot_be_accepted_into_this_one()
    {
        var (first, _, claimOfFirst) = await Store.DossierWithClaimAsync(Db, "DUPONT", "Marie", Born);
        var (second, _, _) = await Store.DossierWithClaimAsync(Db, "MARTIN", "Paul", new DateOnly(1965, 8, 8));
        var foreignField = await Store.ScalarAsync<long>(Db, "select id from field where document_id = @claimOfFirst and key = 'victime.nom'", new { claimOfFirst });
        var result = await services.Review.AcceptFieldAsync(Who.Reviewer, second.Id, foreignField);
        Assert.Equal(RefusalKind.NotFound, result.Refusal?.Kind);
        Assert.Equal(0, await Store.ScalarAsync<int>(Db, "select count(*) from correction"));
        Assert.True((await services.Review.AcceptFieldAsync(Who.Reviewer, first.Id, foreignField)).Ok);
    }

    [Fact]
    public async Task A_reviewers_complete_date_starts_the_clock_and_later_routings_keep_it_without_a_flag()
    {
        var (dossier, fileId, _) = await Store.DossierWithClaimAsync(Db, "DUPONT", "Marie", Born);
        var before = await Store.ScalarAsync<DateTime?>(Db, "select receipt_date::timestamp from dossier where id = @Id", dossier);
        Assert.Equal(RefusalKind.Invalid, (await services.Review.CorrectCompleteDateAsync(Who.Reviewer, dossier.Id, DateOnly.FromDateTime(before!.Value).AddDays(-1), "trop tôt")).Refusal?.Kind);
        var date = new DateOnly(2026, 3, 10);
        var result = await services.Review.CorrectCompleteDateAsync(Who.Reviewer, dossier.Id, date, "pièces reçues le 10");
        Assert.True(result.Ok, result.Refusal?.MessageFr);
        // A new document arrives: the dossier is routed again by the worker's router; the date stays the reviewer's.
        await Store.DocumentAsync(Db, fileId, "certificat_medical", dossier.Id, Who.Fields("DUPONT", "Marie"), 3, 3, "matched");
        await services.Review.CorrectFieldAsync(Who.Reviewer, dossier.Id, "prejudice.aipp", "30", "expertise");
        await using var conn = await Db.OpenAsync();
        var row = await conn.QuerySingleAsync<(DateTime CompleteDate, DateTime AvisDue, bool Complete, string[] Flags, string By)>(
            "select complete_date::timestamp, avis_due::timestamp, complete, flags, complete_date_by from dossier where id = @Id", dossier);
        Assert.Equal(date, DateOnly.FromDateTime(row.CompleteDate));
        Assert.Equal(date.AddMonths(6), DateOnly.FromDateTime(row.AvisDue));
        Assert.True(row.Complete);
        Assert.DoesNotContain("COMPLETE_DATE_TO_CONFIRM", row.Flags);
        Assert.Equal("remi", row.By);
        // Given back to the rules.
        Assert.True((await services.Review.CorrectCompleteDateAsync(Who.Reviewer, dossier.Id, null, "erreur")).Ok);
        Assert.Null(await conn.ExecuteScalarAsync<string>("select complete_date_by from dossier where id = @Id", dossier));
    }

    [Fact]
    public async Task Confirming_the_routing_confirms_the_documents_types_and_an_override_needs_a_reason()
    {
        var (dossier, _, claim) = await Store.DossierWithClaimAsync(Db, "DUPONT", "Marie", Born);
        var noReason = await services.Review.ReviewRoutingAsync(Who.Reviewer, dossier.Id, new RoutingDecision(true, "conciliation", null, " "));
        Assert.Equal(RefusalKind.Invalid, noReason.Refusal?.Kind);
        Assert.Equal(RefusalKind.Invalid, (await services.Review.ReviewRoutingAsync(Who.Reviewer, dossier.Id, new RoutingDecision(true, "tribunal", null, "x"))).Refusal?.Kind);
        Assert.True((await services.Review.ReviewRoutingAsync(Who.Admin, dossier.Id, new RoutingDecision(true, "conciliation", "oniam", "gravité discutée"))).Ok);
        await using var conn = await Db.OpenAsync();
        Assert.Equal(("overridden", "conciliation", "oniam", "alain"), await conn.QuerySingleAsync<(string, string, string, string)>(
            "select review_status, reviewed_procedure, reviewed_payer, reviewed_by from dossier where id = @Id", dossier));
        Assert.Equal("alain", await conn.ExecuteScalarAsync<string>("select confirmed_by from document where id = @claim", new { claim }));
    }
}

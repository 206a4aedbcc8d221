using Dapper;
using Intake.Domain.Review;
using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Tests.Support;

namespace Intake.Pipeline.Tests.Dossiers;

/// <summary>
/// The review station's guard and bulk acceptance: a dossier with a reading below the review threshold that nobody
/// checked is confirmed only with an explicit, audited reason; "accept the confident values" takes every unchecked
/// fact whose readings agree at or above the threshold, and nothing else.
/// </summary>
public sealed class ReviewGuardTests : DatabaseTest
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

    /// <summary>A routed dossier whose claim form read the first names below the review threshold.</summary>
    private async Task<(OpenedDossier Dossier, long Claim, long LowField)> DossierWithALowReadingAsync()
    {
        var (dossier, _, claim) = await Store.DossierWithClaimAsync(Db, "DUPONT", "Marie", Born);
        await using var conn = await Db.OpenAsync();
        var low = await conn.ExecuteScalarAsync<long>(
            "update field set confidence = @c where document_id = @claim and key = 'victime.prenoms' returning id",
            new { c = (float)(ReviewThresholds.Field / 2), claim });
        return (dossier, claim, low);
    }

    [Fact]
    public async Task A_dossier_with_an_unchecked_low_reading_is_confirmed_only_with_an_audited_reason()
    {
        var (dossier, _, _) = await DossierWithALowReadingAsync();
        var refused = await services.Review.ReviewRoutingAsync(Who.Reviewer, dossier.Id, new RoutingDecision(false, null, null, null));
        Assert.Equal(RefusalKind.Conflict, refused.Refusal?.Kind);
        Assert.Contains("Prénom(s)", refused.Refusal!.MessageFr, StringComparison.Ordinal);
        await using var conn = await Db.OpenAsync();
        Assert.Equal("pending", await conn.ExecuteScalarAsync<string>("select review_status from dossier where id = @Id", dossier));
        // An override of the routing is a decision too: the same guard.
        Assert.Equal(RefusalKind.Conflict, (await services.Review.ReviewRoutingAsync(Who.Reviewer, dossier.Id,
            new RoutingDecision(true, "conciliation", null, "motif", "  "))).Refusal?.Kind);

        var done = await services.Review.ReviewRoutingAsync(Who.Reviewer, dossier.Id, new RoutingDecision(false, null, null, null, "prénom lu sur la pièce d'identité"));
        Assert.True(done.Ok, done.Refusal?.MessageFr);
        Assert.Equal("confirmed", await conn.ExecuteScalarAsync<string>("select review_status from dossier where id = @Id", dossier));
        var audit = await conn.QuerySingleAsync<string>(
            "select detail::text from audit_event where action = 'confirm_unchecked_fields' and target_id = @Id", dossier);
        Assert.Contains("victime.prenoms", audit, StringComparison.Ordinal);
        Assert.Contains("prénom lu sur la pièce d'identité", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_the_low_reading_is_accepted_the_dossier_is_confirmed_without_a_reason()
    {
        var (dossier, _, low) = await DossierWithALowReadingAsync();
        Assert.True((await services.Review.AcceptFieldAsync(Who.Reviewer, dossier.Id, low)).Ok);
        var done = await services.Review.ReviewRoutingAsync(Who.Reviewer, dossier.Id, new RoutingDecision(false, null, null, null));
        Assert.True(done.Ok, done.Refusal?.MessageFr);
        await using var conn = await Db.OpenAsync();
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'confirm_unchecked_fields' and target_id = @Id", dossier));
    }

    [Fact]
    public async Task Accepting_the_confident_values_takes_the_agreeing_readings_above_the_threshold_only()
    {
        var (dossier, claim, _) = await DossierWithALowReadingAsync();
        // A letter of the same dossier reads another name: the name is in conflict and stays for the reviewer.
        var fileId = await Store.FileAsync(Db);
        await Store.DocumentAsync(Db, fileId, "courrier", dossier.Id, Who.Fields("DURAND"), 1, 1, "matched");
        await using var conn = await Db.OpenAsync();
        var keys = (await conn.QueryAsync<string>("select distinct key from field where document_id = @claim order by key", new { claim })).ToList();

        var result = await services.Review.AcceptConfidentAsync(Who.Reviewer, dossier.Id);
        Assert.True(result.Ok, result.Refusal?.MessageFr);
        var expected = keys.Where(k => k is not "victime.prenoms" and not "victime.nom").ToList();
        Assert.Equal(expected, result.Value!.Keys);
        Assert.Equal(expected, (await conn.QueryAsync<string>(
            "select key from correction where dossier_id = @Id and reason = @r order by key", new { dossier.Id, r = DossierReviewService.AcceptedReason })).ToList());
        Assert.Equal(expected.Count, await conn.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'accept_field' and target_id = @Id", dossier));
        // Nothing left to take: a second press accepts nothing.
        Assert.Empty((await services.Review.AcceptConfidentAsync(Who.Reviewer, dossier.Id)).Value!.Keys);
    }
}

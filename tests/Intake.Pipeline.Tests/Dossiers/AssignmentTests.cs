using Dapper;
using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Tests.Support;

namespace Intake.Pipeline.Tests.Dossiers;

/// <summary>A reviewer takes a dossier, another cannot take it from them, it is given back; each step audited.</summary>
public sealed class AssignmentTests : DatabaseTest
{
    [Fact]
    public async Task A_dossier_is_taken_by_one_reviewer_at_a_time_and_given_back()
    {
        using var services = new Services(Db, Repo.TempDir("intake-archive"));
        var (dossier, _, _) = await Store.DossierWithClaimAsync(Db, "DUPONT", "Marie", new DateOnly(1970, 5, 12));
        var other = new Actor("julie", StaffRoles.Reviewer);

        Assert.True((await services.Review.AssignAsync(Who.Reviewer, dossier.Id, take: true)).Ok);
        await using var conn = await Db.OpenAsync();
        Assert.Equal(Who.Reviewer.UserName, await conn.ExecuteScalarAsync<string>("select assigned_to from dossier where id = @Id", dossier));

        var taken = await services.Review.AssignAsync(other, dossier.Id, take: true);
        Assert.Equal(RefusalKind.Conflict, taken.Refusal?.Kind);
        Assert.Equal(RefusalKind.Conflict, (await services.Review.AssignAsync(other, dossier.Id, take: false)).Refusal?.Kind);
        Assert.Equal(Who.Reviewer.UserName, await conn.ExecuteScalarAsync<string>("select assigned_to from dossier where id = @Id", dossier));

        // An admin may give back anybody's dossier; then the other reviewer takes it.
        Assert.True((await services.Review.AssignAsync(Who.Admin, dossier.Id, take: false)).Ok);
        Assert.Null(await conn.ExecuteScalarAsync<string>("select assigned_to from dossier where id = @Id", dossier));
        Assert.True((await services.Review.AssignAsync(other, dossier.Id, take: true)).Ok);
        Assert.Equal(["assign_dossier", "release_dossier", "assign_dossier"], (await conn.QueryAsync<string>(
            "select action from audit_event where target_id = @Id and action in ('assign_dossier', 'release_dossier') order by id", dossier)).ToList());
    }
}

using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Tests.Support;

namespace Intake.Pipeline.Tests.Dossiers;

/// <summary>
/// Every change of every service, asked by every role, on an object in the state the change needs: the roles of
/// <see cref="Permissions"/> get it done, the others a Forbidden refusal and no change at all.
/// </summary>
public sealed class AuthorisationMatrixTests : DatabaseTest
{
    private static readonly DateOnly Born = new(1970, 5, 12);

    /// <summary>One change, given a fresh dossier (with a claim and a filed letter) and an unattached letter.</summary>
    private sealed record Change(DossierAction Action, string Name, Func<Services, Actor, Fixture, Task<Refusal?>> Run);

    private sealed record Fixture(long DossierId, string Number, long ClaimId, long FieldId, long FiledLetterId, long UnattachedId, long QuarantinedFileId);

    private static readonly Change[] Changes =
    [
        new(DossierAction.AttachDocument, "attach", async (s, a, f) => (await s.Filing.AttachAsync(a, f.UnattachedId, f.Number, "motif")).Refusal),
        new(DossierAction.OpenDossier, "open", async (s, a, f) => (await s.Filing.OpenDossierAsync(a, f.UnattachedId, "motif")).Refusal),
        new(DossierAction.ChangeDocumentType, "retype", async (s, a, f) => (await s.Documents.ChangeTypeAsync(a, f.UnattachedId, null, "certificat_medical", "motif")).Refusal),
        new(DossierAction.MoveDocument, "move", async (s, a, f) => (await s.Filing.MoveAsync(a, f.FiledLetterId, f.DossierId, null, "motif")).Refusal),
        new(DossierAction.SplitDocument, "split", async (s, a, f) => (await s.Documents.SplitAsync(a, f.ClaimId, f.DossierId, 2, "motif")).Refusal),
        new(DossierAction.CorrectField, "correct", async (s, a, f) => (await s.Review.CorrectFieldAsync(a, f.DossierId, "prejudice.aipp", "30", "motif")).Refusal),
        new(DossierAction.CorrectField, "accept", async (s, a, f) => (await s.Review.AcceptFieldAsync(a, f.DossierId, f.FieldId)).Refusal),
        new(DossierAction.CorrectField, "accept-confident", async (s, a, f) => (await s.Review.AcceptConfidentAsync(a, f.DossierId)).Refusal),
        new(DossierAction.ReviewRouting, "review", async (s, a, f) => (await s.Review.ReviewRoutingAsync(a, f.DossierId, new RoutingDecision(false, null, null, null))).Refusal),
        new(DossierAction.AssignDossier, "assign", async (s, a, f) => (await s.Review.AssignAsync(a, f.DossierId, take: true)).Refusal),
        new(DossierAction.ReprocessFile, "reprocess", async (s, a, f) => (await s.Quarantine.ReprocessAsync(a, f.QuarantinedFileId)).Refusal),
        new(DossierAction.CorrectCompleteDate, "complete-date", async (s, a, f) => (await s.Review.CorrectCompleteDateAsync(a, f.DossierId, new DateOnly(2026, 3, 10), "motif")).Refusal),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Changes)
            foreach (var who in Who.Everyone)
                data.Add(c.Name, who.Role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Only_the_roles_of_the_permission_table_get_a_change_done(string change, string role)
    {
        using var services = new Services(Db, Repo.TempDir("intake-archive"));
        var c = Changes.Single(x => x.Name == change);
        var actor = Who.Everyone.Single(a => a.Role == role);
        var (dossier, fileId, claim) = await Store.DossierWithClaimAsync(Db, "DUPONT", "Marie", Born);
        var filed = await Store.DocumentAsync(Db, fileId, "courrier", dossier.Id, Who.Fields("DUPONT", "Marie"), 3, 3, "matched");
        // The unattached letter is a real scan in the archive: a change of type reads it again.
        var archived = await services.Archive.StoreAsync(SampleFiles.Certificate);
        var unattached = await Store.DocumentAsync(Db, await Store.FileAsync(Db, archived.RelativePath), "courrier", fields: Who.Fields("DURAND", "Luc", Born));
        var field = await Store.ScalarAsync<long>(Db, "select min(id) from field where document_id = @claim", new { claim });
        var quarantined = await Store.FileAsync(Db);
        await Store.ScalarAsync<int>(Db, "update intake_file set status = 'quarantined', error_code = 'unreadable' where id = @quarantined returning 1", new { quarantined });
        var before = await Store.ScalarAsync<int>(Db, "select count(*) from audit_event");

        var refusal = await c.Run(services, actor, new Fixture(dossier.Id, dossier.Number, claim, field, filed, unattached, quarantined));

        var allowed = Permissions.RolesFor(c.Action).Contains(role);
        if (allowed)
        {
            Assert.True(refusal is null, $"{role} {change}: {refusal?.MessageFr}");
            Assert.True(await Store.ScalarAsync<int>(Db, "select count(*) from audit_event") > before, $"{change} wrote no audit entry");
        }
        else
        {
            Assert.Equal(RefusalKind.Forbidden, refusal?.Kind);
            Assert.Equal(before, await Store.ScalarAsync<int>(Db, "select count(*) from audit_event"));
            Assert.Equal(0, services.Notified);
        }
    }

    [Fact]
    public void The_manager_may_change_nothing_and_the_secretariat_only_files_mail()
    {
        foreach (var action in Enum.GetValues<DossierAction>())
        {
            Assert.DoesNotContain(StaffRoles.Manager, Permissions.RolesFor(action));
            Assert.Contains(StaffRoles.Reviewer, Permissions.RolesFor(action));
        }
        var secretariat = Enum.GetValues<DossierAction>().Where(a => Permissions.RolesFor(a).Contains(StaffRoles.Secretariat)).ToList();
        Assert.Equal([DossierAction.AttachDocument, DossierAction.OpenDossier, DossierAction.ChangeDocumentType, DossierAction.ReprocessFile], secretariat);
    }
}

using Dapper;
using Intake.Pipeline.Attachment;
using Intake.Pipeline.Dossiers;
using Intake.Pipeline.Tests.Support;

namespace Intake.Pipeline.Tests.Dossiers;

/// <summary>Filing by hand: who may attach, move or open, on which documents; every change audited, locked and routed.</summary>
public sealed class FilingServiceTests : DatabaseTest
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

    private async Task<long> UnattachedLetterAsync(string name = "DUPONT", string first = "Marie") =>
        await Store.DocumentAsync(Db, await Store.FileAsync(Db), "courrier", fields: Who.Fields(name, first, Born));

    private Task<int> AuditCountAsync(string action) => Store.ScalarAsync<int>(Db, "select count(*) from audit_event where action = @action", new { action });

    [Fact]
    public async Task The_secretariat_files_unattached_mail_and_the_dossier_is_routed_again()
    {
        var (dossier, _, _) = await Store.DossierWithClaimAsync(Db, "DUPONT", "Marie", Born);
        var letter = await UnattachedLetterAsync();
        var result = await services.Filing.AttachAsync(Who.Secretary, letter, dossier.Number.ToLowerInvariant(), "  courrier de la victime ");
        Assert.True(result.Ok, result.Refusal?.MessageFr);
        Assert.Equal(dossier.Id, result.Value!.DossierId);
        await using var conn = await Db.OpenAsync();
        var doc = await conn.QuerySingleAsync<(long DossierId, string Attachment, string Reason)>(
            "select dossier_id, attachment, attachment_reason from document where id = @letter", new { letter });
        Assert.Equal((dossier.Id, "manual", "rattaché par sophie : courrier de la victime"), doc);
        Assert.Equal(1, await AuditCountAsync("correct_document_attachment"));
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from document_correction where document_id = @letter and kind = 'attachment' and user_name = 'sophie'", new { letter }));
        Assert.NotNull(await conn.ExecuteScalarAsync<string>("select decision::text from dossier where id = @Id", dossier));
        Assert.Equal(1, services.Notified);
    }

    [Fact]
    public async Task The_secretariat_cannot_move_a_filed_document_let_alone_a_confirmed_one()
    {
        var (first, _, _) = await Store.DossierWithClaimAsync(Db, "DUPONT", "Marie", Born);
        var (second, _, _) = await Store.DossierWithClaimAsync(Db, "MARTIN", "Paul", new DateOnly(1965, 8, 8));
        var confirmed = await Store.DocumentAsync(Db, await Store.FileAsync(Db), "certificat_medical", first.Id, attachment: "matched", confirmedBy: "remi");
        foreach (var attempt in new[]
        {
            services.Filing.AttachAsync(Who.Secretary, confirmed, second.Number, "erreur"),
            services.Filing.MoveAsync(Who.Secretary, confirmed, null, second.Number, "erreur"),
            services.Filing.MoveAsync(Who.Secretary, confirmed, first.Id, null, "erreur"),
        })
        {
            var result = await attempt;
            Assert.False(result.Ok);
            Assert.Contains(result.Refusal!.Kind, new[] { RefusalKind.Conflict, RefusalKind.Forbidden });
        }
        Assert.Equal(first.Id, await Store.ScalarAsync<long>(Db, "select dossier_id from document where id = @confirmed", new { confirmed }));
        Assert.Equal(0, await AuditCountAsync("correct_document_attachment"));
        Assert.Equal(0, services.Notified);
    }

    [Fact]
    public async Task A_reviewer_moves_a_document_from_the_dossier_it_is_in_only()
    {
        var (first, _, claimOfFirst) = await Store.DossierWithClaimAsync(Db, "DUPONT", "Marie", Born);
        var (second, _, _) = await Store.DossierWithClaimAsync(Db, "MARTIN", "Paul", new DateOnly(1965, 8, 8));
        // Posted from the second dossier's page with the first dossier's document: refused, nothing moves.
        var foreign = await services.Filing.MoveAsync(Who.Reviewer, claimOfFirst, second.Id, second.Number, "essai");
        Assert.Equal(RefusalKind.NotFound, foreign.Refusal?.Kind);
        var moved = await services.Filing.MoveAsync(Who.Reviewer, claimOfFirst, first.Id, second.Number, "mauvais dossier");
        Assert.True(moved.Ok, moved.Refusal?.MessageFr);
        Assert.Equal(second.Id, await Store.ScalarAsync<long>(Db, "select dossier_id from document where id = @claimOfFirst", new { claimOfFirst }));
        var detached = await services.Filing.MoveAsync(Who.Reviewer, claimOfFirst, second.Id, "", "à refiler");
        Assert.True(detached.Ok);
        Assert.Equal("unattached", await Store.ScalarAsync<string>(Db, "select attachment from document where id = @claimOfFirst", new { claimOfFirst }));
        // Both dossiers were routed again: the first one has lost its claim form.
        Assert.Equal(0, await Store.ScalarAsync<int>(Db, "select count(*) from document where dossier_id = @Id", first));
        Assert.Equal(2, await AuditCountAsync("correct_document_attachment"));
    }

    [Fact]
    public async Task Opening_a_dossier_for_unattached_mail_numbers_it_once_under_the_attachers_lock()
    {
        var letter = await UnattachedLetterAsync("Lefèvre", "Anne");
        await using var holder = await Db.OpenAsync();
        await using var held = await holder.BeginTransactionAsync();
        await DossierAttacher.LockAsync(holder, held);
        var opening = services.Filing.OpenDossierAsync(Who.Secretary, letter, "demande sans formulaire");
        await Task.Delay(500);
        Assert.False(opening.IsCompleted);
        await held.CommitAsync();
        var result = await opening;
        Assert.True(result.Ok, result.Refusal?.MessageFr);
        Assert.Matches(@"^CCI-2026-\d{6}$", result.Value!.DossierNumber!);
        await using var conn = await Db.OpenAsync();
        var keys = await conn.QuerySingleAsync<(string Names, string First)>(
            "select array_to_string(victim_name_keys, ','), victim_first_key from dossier where id = @id", new { id = result.Value.DossierId });
        Assert.Equal(("LEFEVRE", "ANNE"), keys);
        // Opening again for the same (now filed) document is refused.
        Assert.Equal(RefusalKind.Conflict, (await services.Filing.OpenDossierAsync(Who.Secretary, letter, "encore")).Refusal?.Kind);
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from dossier"));
        Assert.Equal(1, await AuditCountAsync("open_dossier"));
    }

    [Fact]
    public async Task Invalid_requests_are_refused_in_french_before_any_change()
    {
        var letter = await UnattachedLetterAsync();
        Assert.Equal("Indiquez le motif du rattachement.", (await services.Filing.AttachAsync(Who.Secretary, letter, "CCI-2026-000001", " ")).Refusal?.MessageFr);
        Assert.Equal("Choisissez le dossier de rattachement.", (await services.Filing.AttachAsync(Who.Secretary, letter, null, "x")).Refusal?.MessageFr);
        var missing = await services.Filing.AttachAsync(Who.Secretary, letter, "CCI-2099-999999", "x");
        Assert.Equal((RefusalKind.NotFound, "Aucun dossier ne porte le numéro « CCI-2099-999999 »."), (missing.Refusal!.Kind, missing.Refusal.MessageFr));
        Assert.Equal(RefusalKind.NotFound, (await services.Filing.OpenDossierAsync(Who.Secretary, 987654, "x")).Refusal?.Kind);
        Assert.Equal(0, await Store.ScalarAsync<int>(Db, "select count(*) from audit_event"));
    }
}

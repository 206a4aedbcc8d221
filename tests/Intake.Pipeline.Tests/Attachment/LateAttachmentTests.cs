using Dapper;
using Intake.Domain.Documents;
using Intake.Pipeline.Attachment;
using Intake.Pipeline.Tests.Support;

namespace Intake.Pipeline.Tests.Attachment;

/// <summary>Mail that came before its dossier knew the victim is filed when the dossier learns who the victim is.</summary>
public sealed class LateAttachmentTests : DatabaseTest
{
    private static readonly DateOnly Born = new(1952, 7, 8);

    private async Task<IReadOnlyList<long>> RunAsync(params long[] dossierIds)
    {
        await using var conn = await Db.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await DossierAttacher.LockAsync(conn, tx);
        var filed = await LateAttachment.RunAsync(conn, tx, dossierIds, CancellationToken.None);
        await tx.CommitAsync();
        return filed;
    }

    private Task<long?> DossierOfAsync(long documentId) =>
        Store.ScalarAsync<long?>(Db, "select dossier_id from document where id = @documentId", new { documentId });

    [Fact]
    public async Task Pieces_that_came_before_the_claim_form_are_filed_once_the_dossier_exists_and_others_stay()
    {
        var file = await Store.FileAsync(Db);
        var identity = await Store.DocumentAsync(Db, file, DocumentType.PieceIdentite, fields: Who.Fields("Dupuis", "Nathalie", Born));
        var certificate = await Store.DocumentAsync(Db, file, DocumentType.CertificatMedical, fields: Who.Fields("DUPUIS", "Nathalie", Born), firstPage: 2, lastPage: 2);
        var someoneElse = await Store.DocumentAsync(Db, file, DocumentType.Courrier, fields: Who.Fields("Dupuis", "Paul", new DateOnly(1980, 1, 1)), firstPage: 3, lastPage: 3);
        var nameless = await Store.DocumentAsync(Db, file, DocumentType.DocumentMedical, fields: [], firstPage: 4, lastPage: 4);

        var (dossier, _, _) = await Store.DossierWithClaimAsync(Db, "DUPUIS", "Nathalie", Born);

        Assert.Equal([dossier.Id], await RunAsync(dossier.Id));
        Assert.Equal(dossier.Id, await DossierOfAsync(identity));
        Assert.Equal(dossier.Id, await DossierOfAsync(certificate));
        Assert.Null(await DossierOfAsync(someoneElse));
        Assert.Null(await DossierOfAsync(nameless));
        var reason = await Store.ScalarAsync<string>(Db, "select attachment || ' | ' || attachment_reason from document where id = @identity", new { identity });
        Assert.StartsWith("matched | Rattaché à l'arrivée de nouvelles pièces : Même nom et même date de naissance", reason, StringComparison.Ordinal);
        // Idempotent: a second sweep finds nothing more to file.
        Assert.Empty(await RunAsync(dossier.Id));
    }

    [Fact]
    public async Task A_document_a_person_detached_or_an_ambiguous_one_is_left_alone()
    {
        var (first, _, _) = await Store.DossierWithClaimAsync(Db, "MARTIN", "Louise", Born);
        var file = await Store.FileAsync(Db);
        var detached = await Store.DocumentAsync(Db, file, DocumentType.Courrier, fields: Who.Fields("Martin", "Louise", Born));
        await using (var conn = await Db.OpenAsync())
            await conn.ExecuteAsync("""
                insert into document_correction (document_id, dossier_id, kind, old_value, new_value, reason, user_name)
                values (@detached, @dossier, 'attachment', 'CCI', '(non rattaché)', 'pas ce dossier', 'sophie')
                """, new { detached, dossier = first.Id });
        // Two dossiers for the same name and birth date: ambiguous, a person decides.
        var (second, _, _) = await Store.DossierWithClaimAsync(Db, "MARTIN", "Louise", Born);
        var ambiguous = await Store.DocumentAsync(Db, file, DocumentType.Courrier, fields: Who.Fields("Martin", "Louise", Born), firstPage: 2, lastPage: 2);

        Assert.Empty(await RunAsync(first.Id, second.Id));
        Assert.Null(await DossierOfAsync(detached));
        Assert.Null(await DossierOfAsync(ambiguous));
    }

    [Fact]
    public async Task The_router_keeps_the_filers_keys_and_the_filers_identity_card_follows_them()
    {
        var file = await Store.FileAsync(Db);
        var card = await Store.DocumentAsync(Db, file, DocumentType.PieceIdentite, fields: Who.Fields("Henry", "Maëlle", new DateOnly(1981, 6, 22)));
        var dossier = await Store.DossierAsync(Db, "HENRY", "Frédéric", new DateOnly(2012, 9, 22));
        await Store.DocumentAsync(Db, file, DocumentType.DemandeIndemnisation, dossier.Id,
            [.. Who.Fields("HENRY", "Frédéric", new DateOnly(2012, 9, 22)),
             new Intake.Domain.Fields.ExtractedField("demandeur.nom", "HENRY", 0.95, 1, null),
             new Intake.Domain.Fields.ExtractedField("demandeur.prenoms", "Maëlle Jeanne", 0.95, 1, null)], firstPage: 2, lastPage: 4, attachment: "opened");
        await using (var conn = await Db.OpenAsync())
            await new Intake.Pipeline.Routing.DossierRouter().RouteOneAsync(conn, null, dossier.Id, Services.Today, CancellationToken.None);

        Assert.Equal("HENRY|MAELLE", await Store.ScalarAsync<string>(Db,
            "select array_to_string(filer_name_keys, ',') || '|' || filer_first_key from dossier where id = @id", new { id = dossier.Id }));
        Assert.Equal([dossier.Id], await RunAsync(dossier.Id));
        Assert.Equal(dossier.Id, await DossierOfAsync(card));
    }
}

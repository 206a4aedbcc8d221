using System.Text.RegularExpressions;
using Dapper;
using Intake.Domain.Documents;
using Intake.Domain.Fields;
using Intake.Pipeline.Attachment;
using Intake.Pipeline.Steps;
using Intake.Pipeline.Tests.Support;

namespace Intake.Pipeline.Tests.Attachment;

/// <summary>Stage 7 on a real PostgreSQL: claims open numbered dossiers, other mail goes through the cascade over every candidate.</summary>
public sealed class DossierAttacherTests : DatabaseTest
{
    private static readonly DateOnly Born = new(1970, 5, 12);

    /// <summary>Stores the documents of one file and attaches them, as the worker does in its commit transaction.</summary>
    private Task<IReadOnlyList<DossierAttacher.Attached>> AttachAsync(params (string Type, IReadOnlyList<ExtractedField> Fields)[] documents) =>
        AttachAsync(documents.Select(d => (d.Type, 0.9, d.Fields)).ToArray());

    private async Task<IReadOnlyList<DossierAttacher.Attached>> AttachAsync(params (string Type, double TypeConfidence, IReadOnlyList<ExtractedField> Fields)[] documents)
    {
        var fileId = await Store.FileAsync(Db);
        var ids = new List<long>();
        for (int i = 0; i < documents.Length; i++)
            ids.Add(await Store.DocumentAsync(Db, fileId, documents[i].Type, firstPage: i + 1, lastPage: i + 1, attachment: "pending"));
        var analyzed = documents.Select((d, i) => new AnalyzedDocument(d.Type, d.TypeConfidence, i + 1, i + 1, d.Fields, [])).ToList();
        await using var conn = await Db.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var attached = await DossierAttacher.AttachAsync(conn, tx, ids, analyzed, Store.Received, CancellationToken.None);
        await tx.CommitAsync();
        return attached;
    }

    private static (string, IReadOnlyList<ExtractedField>) Letter(string? name = null, string? first = null, DateOnly? birth = null, string? nir = null, string? number = null) =>
        (DocumentType.Courrier, Who.Fields(name, first, birth, nir, number));

    [Fact]
    public async Task A_claim_form_opens_a_numbered_dossier_and_the_rest_of_the_envelope_follows_it()
    {
        var attached = await AttachAsync(
            (DocumentType.DemandeIndemnisation, Who.Fields("Dupont", "Marie", Born, act: new DateOnly(2022, 3, 1))),
            (DocumentType.CertificatMedical, []));
        Assert.Equal("opened", attached[0].Attachment);
        Assert.Equal(attached[0].DossierId, attached[1].DossierId);
        var row = await Store.ScalarAsync<string>(Db, "select number || '|' || array_to_string(victim_name_keys, ',') || '|' || victim_first_key from dossier where id = @id", new { id = attached[0].DossierId });
        Assert.Matches(new Regex(@"^CCI-2026-\d{6}\|DUPONT\|MARIE$"), row);
        // The same claim again is a possible duplicate of that dossier, not a second dossier.
        var again = await AttachAsync((DocumentType.DemandeIndemnisation, Who.Fields("DUPONT", "Marie", Born, act: new DateOnly(2022, 3, 1))));
        Assert.Equal(("possible_duplicate", attached[0].DossierId), (again[0].Attachment, again[0].DossierId));
        Assert.Equal(1, await Store.ScalarAsync<int>(Db, "select count(*) from dossier"));
    }

    [Fact]
    public async Task Only_a_sure_claim_form_that_names_its_victim_opens_a_dossier()
    {
        var attached = await AttachAsync(
            (DocumentType.DemandeIndemnisation, 0.99, Who.Fields("Dupont", "Marie", Born, act: new DateOnly(2022, 3, 1))),
            (DocumentType.DemandeIndemnisation, 0.99, []),                          // the second half of a form split in two
            (DocumentType.DemandeIndemnisation, 0.3, Who.Fields("Dupont", "Marie")), // the back of an ID card taken for a form
            (DocumentType.PieceIdentite, 0.99, Who.Fields("Dupont", "Marie", Born)));
        Assert.Equal("opened", attached[0].Attachment);
        Assert.All(attached.Skip(1), a => Assert.Equal((attached[0].DossierId, "matched"), (a.DossierId, a.Attachment)));
        Assert.Equal(1, await Store.ScalarAsync<int>(Db, "select count(*) from dossier"));

        // Alone in its file, a doubtful or nameless claim form waits for a person instead of opening a dossier.
        var alone = await AttachAsync((DocumentType.DemandeIndemnisation, 0.4, Who.Fields("Inconnu", "Zoé", new DateOnly(1999, 1, 1))));
        Assert.Equal((null, "unattached"), (alone[0].DossierId, alone[0].Attachment));
        var nameless = await AttachAsync((DocumentType.DemandeIndemnisation, 0.99, Who.Fields(birth: new DateOnly(1999, 1, 1))));
        Assert.Equal((null, "unattached"), (nameless[0].DossierId, nameless[0].Attachment));
        Assert.Equal(1, await Store.ScalarAsync<int>(Db, "select count(*) from dossier"));
    }

    [Fact]
    public async Task Each_step_of_the_cascade_attaches_to_the_one_dossier_it_designates()
    {
        var nir = Who.Nir("2700575123456");
        var byNumber = await Store.DossierAsync(Db, "ARNAUD", "LUC", new DateOnly(1960, 1, 1));
        var byNir = await Store.DossierAsync(Db, "BERTIN", "ANNE", new DateOnly(1961, 2, 2), nir);
        var byNameBirth = await Store.DossierAsync(Db, "CARON", "JULES", Born);
        var byCloseName = await Store.DossierAsync(Db, "LEMOINE", "ROSE", new DateOnly(1975, 7, 7));
        var byName = await Store.DossierAsync(Db, "DELORME", "ELISE", new DateOnly(1980, 8, 8));
        var attached = await AttachAsync(
            Letter("Quelqu'un", number: byNumber.Number),
            Letter("Bertin-Morel", nir: nir),
            Letter("Caron", "Jules", Born),
            Letter("LEMOlNE", "Rose", new DateOnly(1975, 7, 7)),
            Letter("Delorme", "Élise"),
            Letter("Inconnu", "Zoé"));
        Assert.Equal([byNumber.Id, byNir.Id, byNameBirth.Id, byCloseName.Id, byName.Id, null], attached.Select(a => a.DossierId));
        Assert.Equal("unattached", attached[^1].Attachment);
        var reasons = attached.Select(a => a.Reason).ToList();
        Assert.Contains("Numéro de dossier", reasons[0], StringComparison.Ordinal);
        Assert.Contains("sécurité sociale", reasons[1], StringComparison.Ordinal);
        Assert.Contains("date de naissance", reasons[2], StringComparison.Ordinal);
        Assert.Contains("erreur de lecture", reasons[3], StringComparison.Ordinal);
        Assert.Contains("seul dossier", reasons[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Four_dossiers_with_one_surname_never_send_a_letter_to_a_guessed_one()
    {
        // Three dossiers are enough to hide the fourth from a lookup limited to three rows.
        foreach (var first in new[] { "JEAN", "PAUL", "MARIE", "MARIE" }) await Store.DossierAsync(Db, "DUPONT", first);
        var attached = await AttachAsync(Letter("Dupont", "Marie"));
        Assert.Null(attached[0].DossierId);
        Assert.Equal("unattached", attached[0].Attachment);
        Assert.Contains("Plusieurs dossiers", attached[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dossier_without_a_first_name_does_not_take_a_letter_with_one()
    {
        await Store.DossierAsync(Db, "DUPONT");
        var attached = await AttachAsync(Letter("Dupont", "Marie"));
        Assert.Null(attached[0].DossierId);
        Assert.Equal("unattached", attached[0].Attachment);
    }

    [Fact]
    public async Task A_close_name_that_nothing_confirms_is_left_unattached()
    {
        await Store.DossierAsync(Db, "MARTIN", "JEAN", Born);
        var attached = await AttachAsync(Letter("Martins", "Jean"), Letter("MARTINS", "Jean", new DateOnly(1971, 5, 12)));
        Assert.All(attached, a => Assert.Null(a.DossierId));
    }

    [Fact]
    public async Task Candidates_are_every_dossier_sharing_a_key_in_id_order()
    {
        var ids = new List<long>();
        for (int i = 0; i < 30; i++) ids.Add((await Store.DossierAsync(Db, "DUPONT", $"PRENOM{(char)('A' + i % 26)}")).Id);
        var other = await Store.DossierAsync(Db, "DURAND", birth: Born);
        await using var conn = await Db.OpenAsync();
        var candidates = await DossierAttacher.CandidatesAsync(conn, null, Who.Identity("Dupont", birth: Born));
        Assert.Equal([.. ids, other.Id], candidates.Select(c => c.Id));
    }

    [Fact]
    public async Task The_attachers_lock_serialises_writers_that_open_dossiers()
    {
        await using var holder = await Db.OpenAsync();
        await using var held = await holder.BeginTransactionAsync();
        await DossierAttacher.LockAsync(holder, held);
        var attaching = AttachAsync((DocumentType.DemandeIndemnisation, Who.Fields("Dupont", "Marie", Born)));
        await Task.Delay(500);
        Assert.False(attaching.IsCompleted);
        Assert.Equal(0, await Store.ScalarAsync<int>(Db, "select count(*) from dossier"));
        await held.CommitAsync();
        Assert.Equal("opened", (await attaching)[0].Attachment);
    }

    [Fact]
    public async Task Without_a_claim_form_a_paper_naming_a_relative_follows_the_envelopes_dossier()
    {
        var child = await Store.DossierAsync(Db, "GARNIER", "LUCAS", new DateOnly(2014, 3, 8));
        var attached = await AttachAsync(
            Letter("Garnier", "Lucas", new DateOnly(2014, 3, 8)),            // a certificate about the victim
            (DocumentType.JustificatifLien, Who.Fields("Garnier", "Antoine", new DateOnly(1979, 11, 2))), // the family record book
            (DocumentType.DocumentMedical, []));                             // a page naming nobody
        Assert.All(attached, a => Assert.Equal(child.Id, a.DossierId));
        Assert.Contains("même envoi", attached[1].Reason, StringComparison.Ordinal);

        // A paper about somebody sharing no key with the envelope's dossier stays for a person, and so does the
        // nameless page beside it: the envelope may hold two persons' mail.
        var mixed = await AttachAsync(
            Letter("Garnier", "Lucas", new DateOnly(2014, 3, 8)),
            Letter("Perrin", "Odile", new DateOnly(1950, 2, 2)),
            (DocumentType.DocumentMedical, []));
        Assert.Equal(child.Id, mixed[0].DossierId);
        Assert.Equal((null, null), (mixed[1].DossierId, mixed[2].DossierId));
    }
}

using System.Net;
using Dapper;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>The reviewers' and secretariat's changes, through the real forms (token included), checked in the database.</summary>
[Collection(WebCollection.Name)]
public sealed class ReviewActionsHttpTests(WebAppFixture app)
{
    private string DossierPath => $"/dossiers/{app.HttpDossier.DossierId}";

    [Fact]
    public async Task An_invalid_value_is_refused_with_a_french_message_and_nothing_is_stored()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        var (_, page, _) = await WebAppFixture.GetAsync(reviewer, DossierPath);
        using var response = await reviewer.PostFormAsync($"{DossierPath}?handler=Correct", page,
            new() { ["key"] = "victime.date_naissance", ["value"] = "32/13/1970", ["reason"] = "test invalide" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Date attendue au format JJ/MM/AAAA", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var conn = await app.Database.Db.OpenAsync();
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("select count(*) from correction where reason = 'test invalide'"));
    }

    [Fact]
    public async Task A_document_type_correction_confirms_the_type_reads_the_fields_again_and_is_recorded()
    {
        // A dossier of its own: its claim form is read again under the type chosen.
        var dossier = await Seed.ClaimAsync(app.Database.Db, Path.Combine(app.Home, "archive"), "ROUX", "1551275123459", 10, app.Today);
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        var path = $"/dossiers/{dossier.DossierId}";
        var (_, page, _) = await WebAppFixture.GetAsync(reviewer, path);
        using var response = await reviewer.PostFormAsync($"{path}?handler=DocumentType", page,
            new() { ["documentId"] = dossier.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["type"] = "courrier", ["reason"] = "type vérifié" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var conn = await app.Database.Db.OpenAsync();
        var doc = await conn.QuerySingleAsync<(string Type, string ConfirmedBy)>("select type, confirmed_by from document where id = @id", new { id = dossier.DocumentId });
        Assert.Equal(("courrier", WebAppFixture.UserOfRole[Roles.Reviewer]), doc);
        // The claim form's fields were read under the new type: none of the form's own keys is left.
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("select count(*) from field where document_id = @id and key like 'prejudice.%'", new { id = dossier.DocumentId }));
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from document_correction where document_id = @id and kind = 'type' and reason = 'type vérifié'", new { id = dossier.DocumentId }));
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'correct_document_type' and target_id = @id", new { id = dossier.DocumentId }));
        var (_, after, _) = await WebAppFixture.GetAsync(reviewer, path);
        Assert.Contains("champs relus sous ce type", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretariat_opens_a_dossier_for_unattached_mail()
    {
        var secretary = await app.SessionAsync(Roles.Secretariat);
        var (status, page, _) = await WebAppFixture.GetAsync(secretary, "/courrier");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"data-document=\"{app.UnattachedDocumentId}\"", page, StringComparison.Ordinal);
        using var response = await secretary.PostFormAsync("/courrier?handler=Open", page,
            new() { ["documentId"] = app.UnattachedDocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["reason"] = "nouvelle demande" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var conn = await app.Database.Db.OpenAsync();
        var doc = await conn.QuerySingleAsync<(long? DossierId, string Attachment)>("select dossier_id, attachment from document where id = @id", new { id = app.UnattachedDocumentId });
        Assert.NotNull(doc.DossierId);
        Assert.Equal("manual", doc.Attachment);
        Assert.NotNull(await conn.ExecuteScalarAsync<string>("select decision::text from dossier where id = @id", new { id = doc.DossierId }));
        var (_, after, _) = await WebAppFixture.GetAsync(secretary, "/courrier");
        Assert.DoesNotContain($"data-document=\"{app.UnattachedDocumentId}\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Managers_export_the_report_tables_as_csv()
    {
        var manager = await app.SessionAsync(Roles.Manager);
        using var response = await manager.Http.GetAsync("/rapports?handler=Csv&table=statut");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("etat;0-30 jours;", text, StringComparison.Ordinal);
        Assert.Contains("À revoir;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_images_are_rendered_from_the_archived_original()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        using var response = await reviewer.Http.GetAsync($"/fichiers/{app.HttpDossier.FileId}/pages/1/image?w=1000");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        using var missing = await reviewer.Http.GetAsync($"/fichiers/{app.HttpDossier.FileId}/pages/9/image");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}

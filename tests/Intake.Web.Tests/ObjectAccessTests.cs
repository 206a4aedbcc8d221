using System.Globalization;
using System.Net;
using Dapper;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>
/// Insecure direct object references: ids are sequential, so every request for an object is checked against
/// the caller's view — a document posted from another dossier's page, a document already filed, a file whose
/// documents are all in dossiers (the reviewers', not the secretariat's).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ObjectAccessTests(WebAppFixture app)
{
    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_secretariat_cannot_move_a_filed_and_confirmed_document_into_another_dossier()
    {
        var secretary = await app.SessionAsync(Roles.Secretariat);
        var (_, page, _) = await WebAppFixture.GetAsync(secretary, "/courrier");
        // The confirmed claim form of one victim, posted as "unattached mail" into another victim's dossier.
        using var response = await secretary.PostFormAsync("/courrier?handler=Attach", page, new()
        {
            ["documentId"] = S(app.OtherDossier.DocumentId), ["number"] = app.HttpDossier.Number, ["reason"] = "erreur de classement",
        });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("seul un instructeur peut le modifier", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var conn = await app.Database.Db.OpenAsync();
        Assert.Equal(app.OtherDossier.DossierId, await conn.ExecuteScalarAsync<long>("select dossier_id from document where id = @DocumentId", app.OtherDossier));
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("select count(*) from document_correction where document_id = @DocumentId", app.OtherDossier));
    }

    [Fact]
    public async Task A_document_of_another_dossier_cannot_be_changed_from_this_dossiers_page()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        var path = $"/dossiers/{app.HttpDossier.DossierId}";
        var (_, page, _) = await WebAppFixture.GetAsync(reviewer, path);
        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
        {
            ("DocumentType", new() { ["documentId"] = S(app.OtherDossier.DocumentId), ["type"] = "courrier", ["reason"] = "essai" }),
            ("Split", new() { ["documentId"] = S(app.OtherDossier.DocumentId), ["firstPage"] = "2", ["reason"] = "essai" }),
            ("Move", new() { ["documentId"] = S(app.OtherDossier.DocumentId), ["number"] = app.HttpDossier.Number, ["reason"] = "essai" }),
        })
        {
            using var response = await reviewer.PostFormAsync($"{path}?handler={handler}", page, fields);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler}: {(int)response.StatusCode}");
        }
        var fieldOfOther = await Scalar<long>("select min(id) from field where document_id = @DocumentId", app.OtherDossier);
        using (var accept = await reviewer.PostFormAsync($"{path}?handler=Accept", page, new() { ["fieldId"] = S(fieldOfOther) }))
            Assert.Equal(HttpStatusCode.NotFound, accept.StatusCode);
        await using var conn = await app.Database.Db.OpenAsync();
        var doc = await conn.QuerySingleAsync<(string Type, int LastPage, long DossierId)>("select type, last_page, dossier_id from document where id = @DocumentId", app.OtherDossier);
        Assert.Equal(("demande_indemnisation", 2, app.OtherDossier.DossierId), doc);
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("select count(*) from correction where dossier_id = @DossierId", app.HttpDossier));
    }

    [Fact]
    public async Task The_secretariat_sees_the_files_of_unattached_mail_but_not_those_of_dossiers()
    {
        var secretary = await app.SessionAsync(Roles.Secretariat);
        foreach (var path in new[] { "", "/pages/1", "/pages/1/image?w=160" })
        {
            var (inDossier, _, _) = await WebAppFixture.GetAsync(secretary, $"/fichiers/{app.OtherDossier.FileId}{path}");
            Assert.True(inDossier == HttpStatusCode.NotFound, $"{path}: {(int)inDossier}");
            var (unattached, _, _) = await WebAppFixture.GetAsync(secretary, $"/fichiers/{app.Letter.FileId}{path}");
            Assert.True(unattached == HttpStatusCode.OK, $"{path}: {(int)unattached}");
        }
        var (_, list, _) = await WebAppFixture.GetAsync(secretary, "/");
        Assert.DoesNotContain($"href=\"/fichiers/{app.OtherDossier.FileId}\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/fichiers/{app.Letter.FileId}\"", list, StringComparison.Ordinal);
        // Reviewers see both.
        var (reviewer, _, _) = await WebAppFixture.GetAsync(await app.SessionAsync(Roles.Reviewer), $"/fichiers/{app.OtherDossier.FileId}/pages/1");
        Assert.Equal(HttpStatusCode.OK, reviewer);
    }

    private async Task<T> Scalar<T>(string sql, object args)
    {
        await using var conn = await app.Database.Db.OpenAsync();
        return (await conn.ExecuteScalarAsync<T>(sql, args))!;
    }
}

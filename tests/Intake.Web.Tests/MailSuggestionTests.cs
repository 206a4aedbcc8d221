using System.Globalization;
using System.Net;
using System.Text.Json;
using Dapper;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>
/// Unattached mail: a letter whose name was misread but whose birth date matches a dossier is suggested that
/// dossier and attached in one click; a NIR misread by one digit still suggests its dossier; a letter's type is
/// corrected before it is filed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MailSuggestionTests(WebAppFixture app)
{
    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task AddFieldAsync(long documentId, string key, object value)
    {
        await using var conn = await app.Database.Db.OpenAsync();
        await conn.ExecuteAsync("insert into field (document_id, key, value, confidence, page) values (@documentId, @key, @value::jsonb, 0.9, 1)",
            new { documentId, key, value = JsonSerializer.Serialize(value) });
    }

    /// <summary>The dossiers suggested on the row of a document, in order.</summary>
    private static List<string> SuggestedIn(string html, long documentId)
    {
        var start = html.IndexOf($"data-document=\"{documentId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"document {documentId} not listed");
        var row = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        return System.Text.RegularExpressions.Regex.Matches(row, "class=\"inline suggestion\" data-dossier=\"(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public async Task A_misread_letter_is_suggested_its_dossier_by_birth_date_and_name_and_attached_in_one_click()
    {
        var archive = Path.Combine(app.Home, "archive");
        var dossier = await Seed.ClaimAsync(app.Database.Db, archive, "FONTAINE", "2640475123453", 20, app.Today);
        var letter = await Seed.UnattachedLetterAsync(app.Database.Db, archive, "FONTAIME", app.Today); // one OCR slip
        await AddFieldAsync(letter.DocumentId, "victime.date_naissance", "1970-05-12");
        var secretary = await app.SessionAsync(Roles.Secretariat);
        var (_, page, _) = await WebAppFixture.GetAsync(secretary, "/courrier");
        var suggested = SuggestedIn(page, letter.DocumentId);
        Assert.Equal(S(dossier.DossierId), suggested.FirstOrDefault());

        using var response = await secretary.PostFormAsync("/courrier?handler=Attach", page, new()
        {
            ["documentId"] = S(letter.DocumentId), ["number"] = dossier.Number, ["reason"] = "Dossier suggéré : nom proche, même date de naissance",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var conn = await app.Database.Db.OpenAsync();
        Assert.Equal(dossier.DossierId, await conn.ExecuteScalarAsync<long?>("select dossier_id from document where id = @DocumentId", letter));
    }

    [Fact]
    public async Task A_nir_misread_by_one_digit_still_suggests_its_dossier()
    {
        var archive = Path.Combine(app.Home, "archive");
        var dossier = await Seed.ClaimAsync(app.Database.Db, archive, "GIRARD", "1530275123454", 20, app.Today);
        var letter = await Seed.UnattachedLetterAsync(app.Database.Db, archive, "ZZZ", app.Today);
        var misread = dossier.Nir[..8] + (dossier.Nir[8] == '9' ? '0' : (char)(dossier.Nir[8] + 1)) + dossier.Nir[9..];
        await AddFieldAsync(letter.DocumentId, "victime.nir", misread);
        var secretary = await app.SessionAsync(Roles.Secretariat);
        var (_, page, _) = await WebAppFixture.GetAsync(secretary, "/courrier");
        Assert.Contains(S(dossier.DossierId), SuggestedIn(page, letter.DocumentId));
        Assert.DoesNotContain(dossier.Nir, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretariat_corrects_the_type_of_an_unattached_letter()
    {
        var letter = await Seed.UnattachedLetterAsync(app.Database.Db, Path.Combine(app.Home, "archive"), "ROBIN", app.Today);
        var secretary = await app.SessionAsync(Roles.Secretariat);
        var (_, page, _) = await WebAppFixture.GetAsync(secretary, "/courrier");
        Assert.Contains("Corriger le type", page, StringComparison.Ordinal);
        using var response = await secretary.PostFormAsync("/courrier?handler=DocumentType", page, new()
        {
            ["documentId"] = S(letter.DocumentId), ["type"] = "certificat_medical", ["reason"] = "certificat, pas un courrier",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var conn = await app.Database.Db.OpenAsync();
        Assert.Equal("certificat_medical", await conn.ExecuteScalarAsync<string>("select type from document where id = @DocumentId", letter));
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from document_correction where document_id = @DocumentId and kind = 'type'", letter));
    }
}

using Dapper;
using Intake.App.Web.Auth;
using Intake.Domain.Identity;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>NIRs are masked in the audit journal (valid key or not, stored masked) and in page text for every role but reviewers.</summary>
[Collection(WebCollection.Name)]
public sealed class NirMaskingTests(WebAppFixture app)
{
    [Fact]
    public async Task A_misread_nir_is_masked_in_the_journal_and_never_stored_in_clear_in_audit_details()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        var path = $"/dossiers/{app.OtherDossier.DossierId}";
        var (_, page, _) = await WebAppFixture.GetAsync(reviewer, path);
        var corrected = Seed.ValidNir("1720975123459");
        using var response = await reviewer.PostFormAsync($"{path}?handler=Correct", page,
            new() { ["key"] = "victime.nir", ["value"] = corrected, ["reason"] = $"lu {app.OtherDossier.Nir} sur le formulaire" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        // And an entry written before this change with a NIR whose key does not check (as the journal held them).
        var misread = app.Letter.Nir;
        await using var conn = await app.Database.Db.OpenAsync();
        await conn.ExecuteAsync("insert into audit_event (user_name, action, target_type, target_id, detail) values ('ancien', 'correct_field', 'dossier', @DossierId, @detail::jsonb)",
            new { app.OtherDossier.DossierId, detail = $$"""{"key": "victime.nir", "old": "{{misread}}"}""" });

        var stored = string.Join("\n", await conn.QueryAsync<string>(
            "select detail::text from audit_event where user_name = 'remi' and action = 'correct_field' and target_id = @DossierId and detail ->> 'key' = 'victime.nir'", app.OtherDossier));
        Assert.DoesNotContain(corrected, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(app.OtherDossier.Nir, stored, StringComparison.Ordinal);
        Assert.Contains(Nir.Mask(corrected), stored, StringComparison.Ordinal);

        var (_, journal, _) = await WebAppFixture.GetAsync(await app.SessionAsync(Roles.Admin), $"/admin/journal?evenement=correct_field&id={app.OtherDossier.DossierId}");
        foreach (var nir in new[] { corrected, app.OtherDossier.Nir, misread })
            Assert.DoesNotContain(nir, journal, StringComparison.Ordinal);
        Assert.Contains(Nir.Mask(misread), System.Net.WebUtility.HtmlDecode(journal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_text_shows_nirs_to_reviewers_only()
    {
        var path = $"/fichiers/{app.HttpDossier.FileId}/pages/1";
        var (_, asReviewer, _) = await WebAppFixture.GetAsync(await app.SessionAsync(Roles.Reviewer), path);
        Assert.Contains(app.HttpDossier.Nir, asReviewer, StringComparison.Ordinal);
        var (_, asAdmin, _) = await WebAppFixture.GetAsync(await app.SessionAsync(Roles.Admin), path);
        Assert.DoesNotContain(app.HttpDossier.Nir, asAdmin, StringComparison.Ordinal);
        Assert.Contains(Nir.Mask(app.HttpDossier.Nir), asAdmin, StringComparison.Ordinal);
        // The secretariat's unattached letter, with a misread NIR.
        var (_, asSecretary, _) = await WebAppFixture.GetAsync(await app.SessionAsync(Roles.Secretariat), $"/fichiers/{app.Letter.FileId}/pages/1");
        Assert.DoesNotContain(app.Letter.Nir, asSecretary, StringComparison.Ordinal);
        Assert.Contains(Nir.Mask(app.Letter.Nir), asSecretary, StringComparison.Ordinal);
    }
}

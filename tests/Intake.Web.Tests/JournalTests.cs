using System.Net;
using Dapper;
using Intake.App.Web.Admin;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>The audit journal: French actions and details, dossiers by number, the dossier filter (its documents included), pages.</summary>
[Collection(WebCollection.Name)]
public sealed class JournalTests(WebAppFixture app)
{
    [Fact]
    public async Task The_journal_is_in_french_filters_by_dossier_number_and_has_pages()
    {
        var user = WebAppFixture.NewUserName("audit");
        await using (var conn = await app.Database.Db.OpenAsync())
        {
            const string insert = "insert into audit_event (user_name, action, target_type, target_id, detail) values (@user, @action, @type, @id, @detail::jsonb)";
            await conn.ExecuteAsync(insert, new { user, action = "correct_field", type = "dossier", id = app.OtherDossier.DossierId,
                detail = """{"key": "prejudice.aipp", "old": 20, "new": 30, "reason": "taux du rapport"}""" });
            await conn.ExecuteAsync(insert, new { user, action = "correct_document_type", type = "document", id = app.OtherDossier.DocumentId,
                detail = $$"""{"old": "courrier", "new": "certificat_medical", "reason": "type", "dossier": {{app.OtherDossier.DossierId}}}""" });
            await conn.ExecuteAsync(insert, new { user, action = "correct_field", type = "dossier", id = app.HttpDossier.DossierId, detail = """{"key": "victime.nom"}""" });
            for (var i = 0; i < AuditLog.PageSize; i++)
                await conn.ExecuteAsync(insert, new { user, action = "view_dossier", type = "dossier", id = app.HttpDossier.DossierId, detail = (string?)null });
        }
        var admin = await app.SessionAsync(Roles.Admin);
        var (status, raw, _) = await WebAppFixture.GetAsync(admin, $"/admin/journal?utilisateur={user}&dossier={app.OtherDossier.Number}");
        Assert.Equal(HttpStatusCode.OK, status);
        var html = WebUtility.HtmlDecode(raw);
        Assert.Contains("Champ corrigé", html, StringComparison.Ordinal);
        Assert.Contains("champ : Taux d'atteinte permanente (AIPP) déclaré · avant : 20 % · après : 30 % · motif : taux du rapport", html, StringComparison.Ordinal);
        Assert.Contains("Type d'un document corrigé", html, StringComparison.Ordinal);
        Assert.Contains($"dossier {app.OtherDossier.Number}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("correct_field", html.Replace("data-action=\"correct_field\"", "", StringComparison.Ordinal).Replace("value=\"correct_field\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Nom d'usage", html, StringComparison.Ordinal); // the other dossier's entry

        var (_, first, _) = await WebAppFixture.GetAsync(admin, $"/admin/journal?utilisateur={user}");
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        var (_, second, _) = await WebAppFixture.GetAsync(admin, $"/admin/journal?utilisateur={user}&p=2");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(second, "<tr data-action=").Count);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
    }
}

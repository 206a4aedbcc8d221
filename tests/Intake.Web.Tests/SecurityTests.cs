using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Intake.App.Web.Auth;
using Intake.Domain.Identity;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>Anti-forgery on every form that posts, document text rendered inert, NIR masking, audit of views.</summary>
[Collection(WebCollection.Name)]
public sealed partial class SecurityTests(WebAppFixture app)
{
    private IEnumerable<(string Role, string Path)> PagesWithForms() =>
    [
        (Roles.Reviewer, $"/dossiers/{app.HttpDossier.DossierId}"),
        (Roles.Reviewer, "/revue"),
        (Roles.Secretariat, "/courrier"),
        (Roles.Secretariat, "/"),
        (Roles.Manager, "/rapports"),
        (Roles.Admin, "/admin/utilisateurs"),
        (Roles.Admin, "/admin/journal"),
    ];

    [Fact]
    public async Task Every_post_form_carries_an_antiforgery_token()
    {
        var checkedForms = 0;
        foreach (var (role, path) in PagesWithForms())
        {
            var (status, html, _) = await WebAppFixture.GetAsync(await app.SessionAsync(role), path);
            Assert.Equal(HttpStatusCode.OK, status);
            foreach (Match form in FormRegex().Matches(html))
            {
                if (!form.Groups["open"].Value.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase)) continue;
                Assert.True(form.Value.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal), $"{path}: form without token: {form.Groups["open"].Value}");
                checkedForms++;
            }
        }
        Assert.True(checkedForms >= 10, $"only {checkedForms} post forms found");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        using var response = await reviewer.Http.PostAsync($"/dossiers/{app.HttpDossier.DossierId}?handler=Correct",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = "prejudice.aipp", ["value"] = "80", ["reason"] = "forgé" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var conn = await app.Database.Db.OpenAsync();
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("select count(*) from correction where reason = 'forgé'"));
    }

    [Fact]
    public async Task Text_read_from_documents_is_rendered_inert()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        var (_, pageText, _) = await WebAppFixture.GetAsync(reviewer, $"/fichiers/{app.HttpDossier.FileId}/pages/1");
        Assert.DoesNotContain(Seed.HostileText, pageText, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", pageText, StringComparison.Ordinal);

        var (_, dossier, _) = await WebAppFixture.GetAsync(reviewer, $"/dossiers/{app.HttpDossier.DossierId}");
        Assert.DoesNotContain(Seed.HostileValue, dossier, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", dossier, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", dossier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stylesheet_and_the_keyboard_script_are_served()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        foreach (var (path, type) in new[] { ("/site.css", "text/css"), ("/review.js", "text/javascript") })
        {
            using var response = await reviewer.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Pages_forbid_inline_scripts_and_styles()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        using var response = await reviewer.Http.GetAsync($"/dossiers/{app.HttpDossier.DossierId}");
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_NIR_is_shown_to_reviewers_on_the_dossier_page_only()
    {
        var nir = app.HttpDossier.Nir;
        var (_, asReviewer, _) = await WebAppFixture.GetAsync(await app.SessionAsync(Roles.Reviewer), $"/dossiers/{app.HttpDossier.DossierId}");
        Assert.Contains(nir, asReviewer, StringComparison.Ordinal);
        var (_, asAdmin, _) = await WebAppFixture.GetAsync(await app.SessionAsync(Roles.Admin), $"/dossiers/{app.HttpDossier.DossierId}");
        Assert.DoesNotContain(nir, asAdmin, StringComparison.Ordinal);
        Assert.Contains(Nir.Mask(nir), asAdmin, StringComparison.Ordinal);
        var (_, search, _) = await WebAppFixture.GetAsync(await app.SessionAsync(Roles.Secretariat), $"/courrier?q={nir}");
        Assert.Contains(app.HttpDossier.Number, search, StringComparison.Ordinal);
        Assert.DoesNotContain(nir, search, StringComparison.Ordinal);
        Assert.Contains(Nir.Mask(nir), search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_view_of_a_dossier_is_audited_and_visible_to_admins()
    {
        var reviewer = await app.SessionAsync(Roles.Reviewer);
        await using var conn = await app.Database.Db.OpenAsync();
        const string count = "select count(*) from audit_event where action = 'view_dossier' and target_id = @id and user_name = @user";
        var args = new { id = app.HttpDossier.DossierId, user = WebAppFixture.UserOfRole[Roles.Reviewer] };
        var before = await conn.ExecuteScalarAsync<int>(count, args);
        await WebAppFixture.GetAsync(reviewer, $"/dossiers/{app.HttpDossier.DossierId}");
        Assert.Equal(before + 1, await conn.ExecuteScalarAsync<int>(count, args));
        var (_, journal, _) = await WebAppFixture.GetAsync(await app.SessionAsync(Roles.Admin), $"/admin/journal?evenement=view_dossier&id={app.HttpDossier.DossierId}");
        Assert.Contains($"href=\"/dossiers/{app.HttpDossier.DossierId}\"", journal, StringComparison.Ordinal);
        Assert.Contains(WebAppFixture.UserOfRole[Roles.Reviewer], journal, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?<open><form[^>]*>).*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormRegex();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}

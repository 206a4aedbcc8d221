using System.Net;
using Dapper;
using Intake.App.Web;
using Intake.App.Web.Auth;
using Intake.App.Web.Bench;
using Intake.App.Web.Pages;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>Sign-in refusals reveal nothing, store nothing typed, and are limited per client, not for everybody.</summary>
[Collection(WebCollection.Name)]
public sealed class LoginTests(WebAppFixture app)
{
    private static async Task<(HttpStatusCode Status, string Body)> TryAsync(WebClientSession s, string user, string password)
    {
        var (_, form, _) = await WebAppFixture.GetAsync(s, "/connexion");
        using var r = await s.PostFormAsync("/connexion", form, new() { ["UserName"] = user, ["Password"] = password });
        return (r.StatusCode, System.Net.WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_name_get_the_same_answer()
    {
        var user = WebAppFixture.NewUserName("lock");
        await app.CreateUserAsync(user, Roles.Reviewer);
        for (int i = 0; i < UserStore.MaxFailures; i++)
        {
            using var attempt = app.NewClient();
            await TryAsync(attempt, user, "mauvais mot de passe");
        }
        using var c1 = app.NewClient();
        using var c2 = app.NewClient();
        var locked = await TryAsync(c1, user, WebAppFixture.Password); // right password, but locked
        var unknown = await TryAsync(c2, "personne-" + user, WebAppFixture.Password);
        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.Contains(LoginModel.Refused, locked.Body, StringComparison.Ordinal);
        Assert.Equal(Error(locked.Body), Error(unknown.Body));
    }

    [Fact]
    public async Task A_failed_login_never_stores_the_text_typed_as_user_name()
    {
        using var client = app.NewClient();
        const string typed = "MonMotDePasse!2026"; // typed in the wrong box
        await TryAsync(client, typed, "x");
        var existing = WebAppFixture.UserOfRole[Roles.Manager];
        await TryAsync(client, existing, "pas le bon");
        await using var conn = await app.Database.Db.OpenAsync();
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("select count(*) from audit_event where user_name = @typed or detail::text like '%' || @typed || '%'", new { typed }));
        Assert.True(await conn.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'login_failed' and user_name is null and detail ->> 'account' = 'inconnu'") >= 1);
        Assert.True(await conn.ExecuteScalarAsync<int>("select count(*) from audit_event where action = 'login_failed' and user_name = @existing", new { existing }) >= 1);
    }

    [Fact]
    public async Task One_client_exhausting_the_login_limit_does_not_lock_out_the_others()
    {
        using var attacker = app.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i <= WebSetup.LoginAttemptsPerMinute; i++)
            statuses.Add((await TryAsync(attacker, "personne", "devine")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        // Another client, through the same proxy: unaffected.
        using var colleague = await app.SignInAsync(WebAppFixture.UserOfRole[Roles.Secretariat]);
        Assert.Equal(HttpStatusCode.OK, (await WebAppFixture.GetAsync(colleague, "/courrier")).Status);
    }

    private static string Error(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<p class=\"error\" role=\"alert\">(.*?)</p>").Groups[1].Value;
}

using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Intake.App.Web.Auth;
using Intake.App.Web.Bench;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>
/// Users choose their own password through a one-time link: the administrator creates accounts and hands out
/// links, never sees a password; the first administrator's link goes to a file only root and the app's user can
/// read, never to the console; `intake user` changes a role only when told to, and every account change is audited.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PasswordLinkTests(WebAppFixture app)
{
    [Fact]
    public async Task An_admin_creates_an_account_and_its_owner_chooses_the_password_through_a_one_time_link()
    {
        var admin = await app.SessionAsync(Roles.Admin);
        var (_, page, _) = await WebAppFixture.GetAsync(admin, "/admin/utilisateurs");
        var user = WebAppFixture.NewUserName("nina");
        using var created = await admin.PostFormAsync("/admin/utilisateurs?handler=Create", page,
            new() { ["userName"] = user, ["displayName"] = "Nina Instructrice", ["role"] = Roles.Reviewer });
        var html = await created.Content.ReadAsStringAsync();
        var link = LinkRegex().Match(html).Groups[1].Value;
        Assert.StartsWith(app.Url + "/mot-de-passe?jeton=", WebUtility.HtmlDecode(link), StringComparison.Ordinal);
        Assert.DoesNotContain("Mot de passe de", html, StringComparison.Ordinal);
        // No password works before the owner has chosen one.
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignInAsync(user, ""));

        using var owner = app.NewClient();
        var path = new Uri(WebUtility.HtmlDecode(link)).PathAndQuery;
        var (status, form, _) = await WebAppFixture.GetAsync(owner, path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(user, form, StringComparison.Ordinal);
        var token = Regex.Match(path, "jeton=([^&]+)").Groups[1].Value;
        using (var weak = await owner.PostFormAsync("/mot-de-passe", form, new() { ["jeton"] = Uri.UnescapeDataString(token), ["Password"] = "court", ["Confirmation"] = "court" }))
            Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        const string chosen = "un mot de passe bien à moi";
        using (var set = await owner.PostFormAsync("/mot-de-passe", form, new() { ["jeton"] = Uri.UnescapeDataString(token), ["Password"] = chosen, ["Confirmation"] = chosen }))
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        using (var signedIn = await app.SignInAsync(user, chosen))
            Assert.Equal(HttpStatusCode.OK, (await WebAppFixture.GetAsync(signedIn, "/revue")).Status);

        // The link is used up; the admin page never shows a password.
        var (_, again, _) = await WebAppFixture.GetAsync(owner, path);
        Assert.Contains("n'est plus valable", WebUtility.HtmlDecode(again), StringComparison.Ordinal);
        var (_, adminPage, _) = await WebAppFixture.GetAsync(admin, "/admin/utilisateurs");
        Assert.DoesNotContain(chosen, adminPage, StringComparison.Ordinal);
        await using var conn = await app.Database.Db.OpenAsync();
        var actions = (await conn.QueryAsync<(string Action, string? User)>(
            "select action, user_name from audit_event where detail ->> 'user' = @user order by id", new { user })).ToList();
        Assert.Equal([("create_user", "alain"), ("issue_password_link", "alain"), ("set_password", user)], actions);
        // The database keeps only the token's SHA-256, used up.
        var raw = Uri.UnescapeDataString(token);
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>(
            "select count(*) from password_link where token_sha256 = encode(sha256(convert_to(@raw, 'UTF8')), 'hex') and used_at is not null", new { raw }));
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("select count(*) from password_link where token_sha256 = @raw", new { raw }));
    }

    [Fact]
    public async Task The_first_administrator_gets_a_link_in_a_file_only_root_can_read_and_nothing_secret_on_the_console()
    {
        await using var db = await TestDatabase.CreateAsync();
        var home = Directory.CreateTempSubdirectory("intake-first-start-").FullName;
        var url = $"http://127.0.0.1:{BenchWebCommand.FreePort()}";
        using var process = new AppProcess("web", new Dictionary<string, string>
        {
            ["INTAKE_DB"] = db.ConnectionString, ["INTAKE_URLS"] = url, ["INTAKE_HOME"] = home, ["INTAKE_INBOX"] = Path.Combine(home, "inbox"),
        });
        await process.WaitForOutputAsync("Tableau de bord :", TimeSpan.FromSeconds(60));
        var file = Path.Combine(home, "secrets", "admin-link.txt");
        Assert.Contains(file, process.Output, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        var link = Regex.Match(await File.ReadAllTextAsync(file), @"(http://\S+/mot-de-passe\?jeton=(\S+))");
        Assert.True(link.Success);
        Assert.DoesNotContain(Uri.UnescapeDataString(link.Groups[2].Value), process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("jeton=", process.Output, StringComparison.Ordinal);

        using var client = new WebClientSession(url);
        var (_, form, _) = await WebAppFixture.GetAsync(client, new Uri(link.Groups[1].Value).PathAndQuery);
        using var set = await client.PostFormAsync("/mot-de-passe", form,
            new() { ["jeton"] = Uri.UnescapeDataString(link.Groups[2].Value), ["Password"] = "un secret bien gardé 2026", ["Confirmation"] = "un secret bien gardé 2026" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        await client.SignInAsync("admin", "un secret bien gardé 2026");
        Assert.Equal(HttpStatusCode.OK, (await WebAppFixture.GetAsync(client, "/admin/utilisateurs")).Status);
    }

    [Fact]
    public async Task Intake_user_without_a_role_never_changes_the_role_and_every_change_is_audited()
    {
        var user = WebAppFixture.NewUserName("cli");
        await app.CreateUserAsync(user, Roles.Secretariat);
        var home = Directory.CreateTempSubdirectory("intake-cli-user-").FullName;
        var env = new Dictionary<string, string> { ["INTAKE_DB"] = app.Database.ConnectionString, ["INTAKE_HOME"] = home };

        using (var reset = new AppProcess("user", env, user))
        {
            Assert.Equal(0, await reset.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.Contains("rôle inchangé", reset.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("jeton=", reset.Output, StringComparison.Ordinal);
        }
        Assert.Equal(Roles.Secretariat, (await app.Users.FindAsync(user))!.Role);
        var file = Path.Combine(home, "secrets", $"password-link-{user}.txt");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Contains("/mot-de-passe?jeton=", await File.ReadAllTextAsync(file), StringComparison.Ordinal);

        using (var promote = new AppProcess("user", env, user, Roles.Reviewer))
        {
            Assert.Equal(0, await promote.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.Contains("rôle changé de Secrétariat à Instructeur", promote.Output, StringComparison.Ordinal);
        }
        Assert.Equal(Roles.Reviewer, (await app.Users.FindAsync(user))!.Role);
        await using var conn = await app.Database.Db.OpenAsync();
        var actions = (await conn.QueryAsync<(string Action, string User)>(
            "select action, user_name from audit_event where detail ->> 'user' = @user and user_name like 'console:%' order by id", new { user })).ToList();
        Assert.Equal(["reset_password", "change_role", "reset_password"], actions.Select(a => a.Action));
    }

    [GeneratedRegex("id=\"new-link\".*?<code class=\"link\">([^<]+)</code>", RegexOptions.Singleline)]
    private static partial Regex LinkRegex();
}

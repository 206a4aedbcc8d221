using System.Net;
using System.Text.RegularExpressions;
using Intake.App.Web;
using Intake.App.Web.Bench;
using Intake.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Intake.Web.Tests;

/// <summary>
/// Deployment behind a TLS proxy: HSTS and Secure cookies whatever the proxy-to-app hop, forwarded headers
/// believed from the configured proxies only; a container that does not run as root; an application database
/// role that is not the owner.
/// </summary>
public sealed class DeploymentTests
{
    [Fact]
    public async Task Behind_its_tls_proxy_the_dashboard_sends_hsts_and_only_secure_cookies()
    {
        await using var db = await TestDatabase.CreateAsync();
        var home = Directory.CreateTempSubdirectory("intake-tls-").FullName;
        var url = $"http://127.0.0.1:{BenchWebCommand.FreePort()}";
        using var process = new AppProcess("web", new Dictionary<string, string>
        {
            ["INTAKE_DB"] = db.ConnectionString, ["INTAKE_URLS"] = url, ["INTAKE_HOME"] = home, ["INTAKE_INBOX"] = Path.Combine(home, "inbox"),
            ["INTAKE_REQUIRE_TLS"] = "true", ["INTAKE_TRUSTED_PROXIES"] = "127.0.0.1",
        });
        await process.WaitForOutputAsync("Tableau de bord :", TimeSpan.FromSeconds(60));
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };

        // What the proxy forwards: the client's HTTPS request.
        using var viaProxy = new HttpRequestMessage(HttpMethod.Get, "/connexion");
        viaProxy.Headers.Add("X-Forwarded-Proto", "https");
        viaProxy.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var page = await http.SendAsync(viaProxy);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("max-age=31536000", string.Join(" ", page.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var cookies = page.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        // A plain-HTTP request (straight to the app, or a proxy that forgot X-Forwarded-Proto) gets no page and no cookie.
        using var plain = await http.GetAsync("/connexion");
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Contains("HTTPS", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(plain.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public void Forwarded_headers_are_believed_from_the_configured_proxies_only()
    {
        var none = new Microsoft.AspNetCore.Builder.ForwardedHeadersOptions();
        Assert.NotEmpty(none.KnownProxies); // ASP.NET Core's default trusts loopback
        WebSetup.ConfigureProxies(none, []);
        Assert.Empty(none.KnownProxies);
        Assert.Empty(none.KnownIPNetworks);

        var some = new ForwardedHeadersOptions();
        WebSetup.ConfigureProxies(some, ["10.0.0.5", "192.168.10.0/24"]);
        Assert.Equal([IPAddress.Parse("10.0.0.5")], some.KnownProxies);
        Assert.Equal("192.168.10.0/24", Assert.Single(some.KnownIPNetworks).ToString());
        Assert.Equal(1, some.ForwardLimit);
    }

    [Fact]
    public void The_container_runs_as_a_user_without_privileges_and_the_app_connects_as_a_role_without_them()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Repo.Root, "Dockerfile"));
        var finalStage = dockerfile[dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal)..];
        var user = Regex.Match(finalStage, @"^USER\s+(\S+)", RegexOptions.Multiline);
        Assert.True(user.Success, "the final stage has no USER");
        Assert.DoesNotMatch("^(root|0)(:|$)", user.Groups[1].Value);

        var compose = File.ReadAllText(Path.Combine(Repo.Root, "docker-compose.yml"));
        // The web and worker services connect as the application role; migrations run as the owner, once.
        Assert.Matches(new Regex(@"web:.*?INTAKE_DB: ""[^""]*Username=intake_app;", RegexOptions.Singleline), compose);
        Assert.Matches(new Regex(@"worker:.*?INTAKE_DB: ""[^""]*Username=intake_app;", RegexOptions.Singleline), compose);
        Assert.Matches(new Regex(@"migrate:.*?command: \[""migrate""\].*?INTAKE_APP_DB_ROLE: intake_app", RegexOptions.Singleline), compose);
        var init = File.ReadAllText(Path.Combine(Repo.Root, "deploy", "postgres-init", "10-app-role.sh"));
        Assert.Contains("NOSUPERUSER NOCREATEDB NOCREATEROLE", init, StringComparison.Ordinal);
    }
}

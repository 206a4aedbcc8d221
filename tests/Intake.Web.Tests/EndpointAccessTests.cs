using System.Net;
using Intake.App.Web;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Tests;

/// <summary>
/// Every endpoint of the app, checked for every role: anonymous → the login page; each role reaches only its
/// pages, 403 elsewhere. The endpoints are enumerated from the app itself, so a new page missing from
/// <see cref="Access"/> fails the test instead of being forgotten.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class EndpointAccessTests(WebAppFixture app)
{
    private static readonly string[] Anyone = ["anonymous", .. Roles.All];
    private static readonly string[] Documents = [Roles.Secretariat, Roles.Reviewer, Roles.Admin];
    private static readonly string[] Review = [Roles.Reviewer, Roles.Admin];
    private static readonly string[] Reports = [Roles.Manager, Roles.Admin];
    private static readonly string[] AdminOnly = [Roles.Admin];

    /// <summary>Route template → who may open it. The one place to update when a page is added.</summary>
    private static readonly Dictionary<string, string[]> Access = new()
    {
        ["connexion"] = Anyone,
        ["acces-refuse"] = Anyone,
        [""] = Roles.All.ToArray(),
        ["deconnexion"] = Roles.All.ToArray(),
        ["fichiers/{id:long}"] = Documents,
        ["fichiers/{id:long}/pages/{number:int}"] = Documents,
        ["fichiers/{id:long}/pages/{number:int}/image"] = Documents,
        ["courrier"] = Documents,
        ["revue"] = Review,
        ["dossiers/{id:long}"] = Review,
        ["rapports"] = Reports,
        ["admin/utilisateurs"] = AdminOnly,
        ["admin/journal"] = AdminOnly,
        ["hangfire"] = AdminOnly, // mapped by the host (WebHost), not by the pages
    };

    /// <summary>The route templates of the dashboard, from the endpoint data sources of a built app.</summary>
    public static IReadOnlyList<string> RouteTemplates()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(WebSetup).Assembly.GetName().Name });
        builder.Services.AddSingleton(new Intake.Pipeline.Storage.Database("Host=127.0.0.1;Database=unused"));
        builder.Services.AddIntakeWeb();
        using var built = builder.Build();
        built.UseIntakeWeb();
        return ((IEndpointRouteBuilder)built).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.Trim('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Every_page_of_the_app_has_an_access_rule()
    {
        var templates = RouteTemplates();
        Assert.Contains("revue", templates);
        Assert.Contains("dossiers/{id:long}", templates);
        var missing = templates.Where(t => !Access.ContainsKey(t)).ToList();
        Assert.True(missing.Count == 0, $"pages without an access rule in this test: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Each_role_reaches_only_its_pages_and_anonymous_users_go_to_the_login_page()
    {
        var failures = new List<string>();
        var templates = RouteTemplates().Append("hangfire").Distinct();
        using var anonymous = app.Anonymous();
        foreach (var template in templates)
        {
            var path = "/" + Fill(template);
            var allowed = Access[template];
            var (status, _, location) = await WebAppFixture.GetAsync(anonymous, path);
            if (!allowed.Contains("anonymous") && !(status == HttpStatusCode.Redirect && location!.Contains("/connexion", StringComparison.Ordinal)))
                failures.Add($"anonymous {path}: {(int)status} {location}");
            foreach (var role in Roles.All)
            {
                var (s, _, loc) = await WebAppFixture.GetAsync(await app.SessionAsync(role), path);
                var ok = allowed.Contains(role)
                    ? s is HttpStatusCode.OK || (s == HttpStatusCode.Redirect && !loc!.Contains("/connexion", StringComparison.Ordinal))
                    : s == HttpStatusCode.Forbidden;
                if (!ok) failures.Add($"{role} {path}: {(int)s} {loc}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Api_paths_answer_401_instead_of_redirecting()
    {
        using var anonymous = app.Anonymous();
        var (status, _, _) = await WebAppFixture.GetAsync(anonymous, "/api/anything");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private string Fill(string template) => template
        .Replace("dossiers/{id:long}", $"dossiers/{app.HttpDossier.DossierId}", StringComparison.Ordinal)
        .Replace("{id:long}", app.HttpDossier.FileId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{number:int}", "1", StringComparison.Ordinal);
}

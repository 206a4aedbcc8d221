using System.Net;
using Hangfire;
using Hangfire.PostgreSql;
using Intake.App.Hosting;
using Intake.App.Web;
using Intake.App.Web.Auth;
using Intake.App.Web.Bench;
using Intake.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Tests;

/// <summary>
/// Every handler of the app — each Razor page's OnGet*/OnPost* and every other mapped endpoint, discovered from
/// the app's own endpoint data sources and page loader, so that a new handler is covered without being listed —
/// requested by every role (anonymous, secretariat, reviewer, manager, admin, and a user disabled after signing
/// in): the server refuses what the role may not do (403; the login page for anonymous and disabled users) and
/// serves the rest. A discovered handler missing from <see cref="Access"/> fails the test; the README's security
/// section lists the same table (checked here).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class EndpointAccessTests(WebAppFixture app)
{
    public const string Anonymous = "anonymous", Disabled = "disabled";
    public static readonly string[] Callers = [Anonymous, Roles.Secretariat, Roles.Reviewer, Roles.Manager, Roles.Admin, Disabled];
    private static readonly string[] Anyone = [Anonymous, .. Roles.All];
    private static readonly string[] Staff = [.. Roles.All];
    private static readonly string[] Documents = [Roles.Secretariat, Roles.Reviewer, Roles.Admin];
    private static readonly string[] Review = [Roles.Reviewer, Roles.Admin];
    private static readonly string[] Reports = [Roles.Manager, Roles.Admin];
    private static readonly string[] AdminOnly = [Roles.Admin];

    /// <summary>A handler: HTTP method, route template, handler name (null: the page's default handler).</summary>
    public sealed record Handler(string Method, string Route, string? Name)
    {
        public string Key => $"{Method} /{Route}{(Name is null ? "" : $"?handler={Name}")}";
    }

    /// <summary>Handler → who may use it. The one place to update when a handler is added.</summary>
    public static readonly Dictionary<string, string[]> Access = new()
    {
        ["GET /connexion"] = Anyone,
        ["POST /connexion"] = Anyone,
        ["GET /mot-de-passe"] = Anyone,
        ["POST /mot-de-passe"] = Anyone,
        ["GET /acces-refuse"] = Anyone,
        ["GET /"] = Staff,
        ["GET /deconnexion"] = Staff,
        ["POST /deconnexion"] = Staff,
        ["GET /fichiers/{id:long}"] = Documents,
        ["GET /fichiers/{id:long}/pages/{number:int}"] = Documents,
        ["GET /fichiers/{id:long}/pages/{number:int}/image"] = Documents,
        ["GET /courrier"] = Documents,
        ["POST /courrier?handler=Attach"] = Documents,
        ["POST /courrier?handler=DocumentType"] = Documents,
        ["POST /courrier?handler=Open"] = Documents,
        ["GET /revue"] = Review,
        ["GET /quarantaine"] = Documents,
        ["GET /quarantaine?handler=Download"] = Documents,
        ["POST /quarantaine?handler=Reprocess"] = Documents,
        ["POST /revue?handler=Assign"] = Review,
        ["GET /dossiers/{id:long}"] = Review,
        ["GET /dossiers/{id:long}?handler=Viewer"] = Review,
        ["POST /dossiers/{id:long}?handler=Correct"] = Review,
        ["POST /dossiers/{id:long}?handler=Accept"] = Review,
        ["POST /dossiers/{id:long}?handler=AcceptConfident"] = Review,
        ["POST /dossiers/{id:long}?handler=DocumentType"] = Review,
        ["POST /dossiers/{id:long}?handler=Split"] = Review,
        ["POST /dossiers/{id:long}?handler=Move"] = Review,
        ["POST /dossiers/{id:long}?handler=Review"] = Review,
        ["POST /dossiers/{id:long}?handler=CompleteDate"] = Review,
        ["GET /rapports"] = Reports,
        ["GET /rapports?handler=Csv"] = Reports,
        ["GET /admin/utilisateurs"] = AdminOnly,
        ["POST /admin/utilisateurs?handler=Create"] = AdminOnly,
        ["POST /admin/utilisateurs?handler=Link"] = AdminOnly,
        ["POST /admin/utilisateurs?handler=Role"] = AdminOnly,
        ["POST /admin/utilisateurs?handler=Disable"] = AdminOnly,
        ["POST /admin/utilisateurs?handler=Enable"] = AdminOnly,
        ["GET /admin/journal"] = AdminOnly,
        ["GET /hangfire/{**path}"] = AdminOnly,
        ["POST /hangfire/{**path}"] = AdminOnly,
    };

    /// <summary>Every handler of the app as the real host wires it (pages and the endpoints the host maps).</summary>
    public static async Task<IReadOnlyList<Handler>> DiscoverAsync(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(WebSetup).Assembly.GetName().Name });
        var home = Repo.TempDir("intake-discover");
        var settings = new IntakeSettings(connectionString, home, Path.Combine(home, "inbox"), "http://127.0.0.1:0", 1, Repo.Models);
        builder.Services.AddIntakePipeline(settings);
        builder.Services.AddHangfire(c => c.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = false }));
        builder.Services.AddIntakeWeb(settings);
        await using var built = builder.Build();
        built.UseIntakeWeb();
        WebHost.MapHostEndpoints(built);
        var loader = built.Services.GetRequiredService<PageLoader>();
        var handlers = new List<Handler>();
        foreach (var endpoint in ((IEndpointRouteBuilder)built).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            var route = endpoint.RoutePattern.RawText!.Trim('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                // A page without handler methods (no model) answers GET.
                handlers.AddRange(compiled.HandlerMethods.Count == 0
                    ? [new Handler("GET", route, null)]
                    : compiled.HandlerMethods.Select(h => new Handler(h.HttpMethod.ToUpperInvariant(), route, h.Name)));
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get, HttpMethods.Post];
                handlers.AddRange(methods.Select(m => new Handler(m, route, null)));
            }
        }
        return handlers.DistinctBy(h => h.Key).OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Every_handler_of_the_app_has_an_access_rule_and_the_readme_lists_them()
    {
        var handlers = await DiscoverAsync(app.Database.ConnectionString);
        Assert.Contains(handlers, h => h.Key == "POST /dossiers/{id:long}?handler=Correct");
        Assert.Contains(handlers, h => h.Key == "GET /rapports?handler=Csv");
        Assert.Contains(handlers, h => h.Key == "GET /hangfire/{**path}");
        var missing = handlers.Where(h => !Access.ContainsKey(h.Key)).Select(h => h.Key).ToList();
        Assert.True(missing.Count == 0, $"handlers without an access rule in this test: {string.Join(", ", missing)}");
        var stale = Access.Keys.Except(handlers.Select(h => h.Key)).ToList();
        Assert.True(stale.Count == 0, $"access rules for handlers that no longer exist: {string.Join(", ", stale)}");
        var table = ReadmeTable(handlers);
        Assert.True(table.SequenceEqual(ReadmeSection()), "README.md, between <!-- access:begin --> and <!-- access:end -->, should list:\n" + string.Join("\n", table));
    }

    [Fact]
    public async Task Each_caller_is_served_only_what_its_role_may_do_and_refused_the_rest()
    {
        var handlers = (await DiscoverAsync(app.Database.ConnectionString))
            .OrderBy(h => h.Key == "POST /deconnexion") // signing out ends the session: last
            .ToList();
        var failures = new List<string>();
        foreach (var caller in Callers)
        {
            using var session = caller switch
            {
                Anonymous => app.NewClient(),
                Disabled => await app.DisabledSessionAsync(),
                _ => await app.SignInAsync(WebAppFixture.UserOfRole[caller]),
            };
            // A form token of this session (the sign-in page's for callers without a session).
            var (_, home, _) = await WebAppFixture.GetAsync(session, caller is Anonymous or Disabled ? "/connexion" : "/");
            var token = WebClientSession.Token(home);
            foreach (var h in handlers)
            {
                var allowed = Allowed(h.Key, caller);
                using var response = await SendAsync(session, h, token);
                var status = response.StatusCode;
                var location = response.Headers.Location?.ToString() ?? "";
                bool toLogin = status == HttpStatusCode.Redirect && location.Contains("/connexion?ReturnUrl=", StringComparison.Ordinal);
                bool refused = status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized || toLogin;
                bool ok = allowed
                    ? !refused && status != HttpStatusCode.BadRequest && (int)status < 500
                    : caller is Anonymous or Disabled ? toLogin : status == HttpStatusCode.Forbidden;
                if (!ok) failures.Add($"{caller} {h.Key}: {(int)status} {location}");
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

    /// <summary>
    /// A request for one handler: GETs on real objects; POSTs with the session's form token but no fields, on a
    /// dossier that does not exist, so that an allowed handler refuses the input itself (nothing is changed).
    /// </summary>
    private Task<HttpResponseMessage> SendAsync(WebClientSession session, Handler h, string? token)
    {
        var query = h.Name is null ? "" : $"?handler={h.Name}";
        if (h.Method == "GET") return session.Http.GetAsync("/" + Fill(h.Route, app.HttpDossier.DossierId) + query);
        var form = new Dictionary<string, string>();
        if (token is not null) form["__RequestVerificationToken"] = token;
        return session.Http.PostAsync("/" + Fill(h.Route, 987654321) + query, new FormUrlEncodedContent(form));
    }

    private string Fill(string route, long dossierId) => route
        .Replace("dossiers/{id:long}", $"dossiers/{dossierId}", StringComparison.Ordinal)
        .Replace("{id:long}", app.HttpDossier.FileId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{number:int}", "1", StringComparison.Ordinal)
        .Replace("/{**path}", "", StringComparison.Ordinal);

    /// <summary>The handlers × callers table as the README shows it.</summary>
    public static IReadOnlyList<string> ReadmeTable(IEnumerable<Handler> handlers) =>
        handlers.Select(h => $"| `{h.Key}` | " + string.Join(" | ", Callers.Select(c => Allowed(h.Key, c) ? "✓" : "—")) + " |").ToList();

    /// <summary>A disabled user's session is no session: such a caller may do what an anonymous one may.</summary>
    private static bool Allowed(string key, string caller) => Access[key].Contains(caller == Disabled ? Anonymous : caller);

    private static IReadOnlyList<string> ReadmeSection()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, "README.md"));
        int start = Array.IndexOf(lines, "<!-- access:begin -->"), end = Array.IndexOf(lines, "<!-- access:end -->");
        Assert.True(start >= 0 && end > start, "README.md: markers <!-- access:begin --> … <!-- access:end --> not found");
        return lines[(start + 1)..end].Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
    }
}

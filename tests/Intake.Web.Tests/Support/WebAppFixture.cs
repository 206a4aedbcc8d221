using System.Net;
using Intake.App.Web.Auth;
using Intake.App.Web.Bench;

namespace Intake.Web.Tests.Support;

/// <summary>
/// One real `intake web` process for the whole collection, on a fresh database seeded with two dossiers (one for
/// the browser test, one for the HTTP tests) and unattached mail, and one account per role. Signing in is rate
/// limited (10 a minute per address), so each role signs in once here and the sessions are shared.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string Password = "correct-horse-battery-42";
    public static readonly IReadOnlyDictionary<string, string> UserOfRole = new Dictionary<string, string>
    {
        [Roles.Secretariat] = "sophie",
        [Roles.Reviewer] = "remi",
        [Roles.Manager] = "maud",
        [Roles.Admin] = "alain",
    };

    public TestDatabase Database { get; private set; } = null!;
    public string Home { get; } = Directory.CreateTempSubdirectory("intake-web-tests-").FullName;
    public string Url { get; } = $"http://127.0.0.1:{BenchWebCommand.FreePort()}";
    public DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.Now);
    public AppProcess App { get; private set; } = null!;
    public Seed.SeededDossier BrowserDossier { get; private set; } = null!;
    public Seed.SeededDossier HttpDossier { get; private set; } = null!;
    public long UnattachedDocumentId { get; private set; }
    private readonly Dictionary<string, WebClientSession> sessions = [];

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var archive = Path.Combine(Home, "archive");
        BrowserDossier = await Seed.ClaimAsync(Database.Db, archive, "DUPONT", "2700575123456", 20, Today);
        HttpDossier = await Seed.ClaimAsync(Database.Db, archive, "MARTIN", "1650875123457", 20, Today);
        UnattachedDocumentId = await Seed.UnattachedLetterAsync(Database.Db, HttpDossier.FileId, Today);
        var users = new UserStore(Database.Db);
        foreach (var (role, user) in UserOfRole) await users.SetUserAsync(user, user, role, Password);

        App = new AppProcess("web", new Dictionary<string, string>
        {
            ["INTAKE_DB"] = Database.ConnectionString,
            ["INTAKE_URLS"] = Url,
            ["INTAKE_HOME"] = Home,
            ["INTAKE_INBOX"] = Path.Combine(Home, "inbox"),
        });
        await App.WaitForOutputAsync("Tableau de bord", TimeSpan.FromSeconds(60));
    }

    /// <summary>A signed-in session for <paramref name="role"/> (created once).</summary>
    public async Task<WebClientSession> SessionAsync(string role)
    {
        if (sessions.TryGetValue(role, out var s)) return s;
        s = new WebClientSession(Url);
        await s.SignInAsync(UserOfRole[role], Password);
        sessions[role] = s;
        return s;
    }

    public WebClientSession Anonymous() => new(Url);

    public static async Task<(HttpStatusCode Status, string Body, string? Location)> GetAsync(WebClientSession s, string path)
    {
        using var r = await s.Http.GetAsync(path);
        return (r.StatusCode, await r.Content.ReadAsStringAsync(), r.Headers.Location?.ToString());
    }

    public async Task DisposeAsync()
    {
        foreach (var s in sessions.Values) s.Dispose();
        if (App is not null)
        {
            // The server's log, for a failed run: /tmp/intake-web-tests-app.log.
            await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "intake-web-tests-app.log"), App.Output);
            App.Dispose();
        }
        await Database.DisposeAsync();
        try { Directory.Delete(Home, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web";
}

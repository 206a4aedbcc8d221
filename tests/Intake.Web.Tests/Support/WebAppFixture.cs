using System.Net;
using Dapper;
using Intake.App.Web.Auth;
using Intake.App.Web.Bench;

namespace Intake.Web.Tests.Support;

/// <summary>
/// One real `intake web` process for the whole collection, on a fresh database seeded with three dossiers (one for
/// the browser test, one for the HTTP tests, one with a confirmed claim for the object-access tests) and unattached
/// letters, and one account per role. The dashboard trusts this machine as its TLS proxy (INTAKE_TRUSTED_PROXIES):
/// each session sends its own client address, so the login rate limit (per client) never mixes the tests' sessions.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string Password = "correct-horse-battery-42";
    public const int PageImagesPerMinute = 60;
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
    /// <summary>Another victim's dossier, its claim form confirmed by a reviewer.</summary>
    public Seed.SeededDossier OtherDossier { get; private set; } = null!;
    /// <summary>Unattached letters: one the secretariat opens a dossier for, one left as is.</summary>
    public Seed.SeededLetter LetterToOpen { get; private set; } = null!;
    public Seed.SeededLetter Letter { get; private set; } = null!;
    public long UnattachedDocumentId => LetterToOpen.DocumentId;
    public UserStore Users { get; private set; } = null!;
    private readonly Dictionary<string, WebClientSession> sessions = [];
    private int clients;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var archive = Path.Combine(Home, "archive");
        BrowserDossier = await Seed.ClaimAsync(Database.Db, archive, "DUPONT", "2700575123456", 20, Today);
        HttpDossier = await Seed.ClaimAsync(Database.Db, archive, "MARTIN", "1650875123457", 20, Today);
        OtherDossier = await Seed.ClaimAsync(Database.Db, archive, "BERNARD", "1720975123458", 20, Today);
        await using (var conn = await Database.Db.OpenAsync())
            await conn.ExecuteAsync("update document set confirmed_by = 'remi', confirmed_at = now() where id = @DocumentId", OtherDossier);
        LetterToOpen = await Seed.UnattachedLetterAsync(Database.Db, archive, "LEFEBVRE", Today);
        Letter = await Seed.UnattachedLetterAsync(Database.Db, archive, "GARNIER", Today);
        Users = new UserStore(Database.Db);
        foreach (var (role, user) in UserOfRole) await CreateUserAsync(user, role);

        App = new AppProcess("web", new Dictionary<string, string>
        {
            ["INTAKE_DB"] = Database.ConnectionString,
            ["INTAKE_URLS"] = Url,
            ["INTAKE_HOME"] = Home,
            ["INTAKE_INBOX"] = Path.Combine(Home, "inbox"),
            ["INTAKE_TRUSTED_PROXIES"] = "127.0.0.1",
            ["INTAKE_PAGE_IMAGES_PER_MINUTE"] = PageImagesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await App.WaitForOutputAsync("Tableau de bord :", TimeSpan.FromSeconds(60));
    }

    /// <summary>An account with the fixture's password (set directly: the link flow has its own tests).</summary>
    public async Task CreateUserAsync(string user, string role)
    {
        await Users.CreateAsync(user, user, role, "tests");
        await Users.SetPasswordAsync(user, Password);
    }

    /// <summary>A signed-in session for <paramref name="role"/> (created once, shared by the tests).</summary>
    public async Task<WebClientSession> SessionAsync(string role)
    {
        lock (sessions) if (sessions.TryGetValue(role, out var existing)) return existing;
        var s = await SignInAsync(UserOfRole[role]);
        lock (sessions) sessions[role] = s;
        return s;
    }

    /// <summary>A new session of its own for <paramref name="user"/> (tests that end sessions use their own).</summary>
    public async Task<WebClientSession> SignInAsync(string user, string password = Password)
    {
        var s = NewClient();
        await s.SignInAsync(user, password);
        return s;
    }

    /// <summary>A session of a new account of <paramref name="role"/>, signed in, then disabled by an administrator.</summary>
    public async Task<WebClientSession> DisabledSessionAsync(string role = Roles.Reviewer)
    {
        var user = NewUserName("off");
        await CreateUserAsync(user, role);
        var s = await SignInAsync(user);
        await Users.SetDisabledAsync(user, true, "tests");
        return s;
    }

    /// <summary>A fresh account name (tests that change accounts work on their own).</summary>
    public static string NewUserName(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..12];

    /// <summary>A client with an address of its own (as forwarded by the trusted proxy).</summary>
    public WebClientSession NewClient() => new(Url, $"198.51.100.{Interlocked.Increment(ref clients)}");

    public WebClientSession Anonymous() => NewClient();

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

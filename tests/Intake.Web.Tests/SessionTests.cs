using System.Net;
using System.Security.Claims;
using Intake.App.Web.Auth;
using Intake.Web.Tests.Support;

namespace Intake.Web.Tests;

/// <summary>Sessions end when the account changes — disabled, demoted, password reset — and after their absolute lifetime, whatever the cookie says.</summary>
[Collection(WebCollection.Name)]
public sealed class SessionTests(WebAppFixture app)
{
    private static bool ToLogin((HttpStatusCode Status, string Body, string? Location) r) =>
        r.Status == HttpStatusCode.Redirect && r.Location!.Contains("/connexion", StringComparison.Ordinal);

    [Fact]
    public async Task A_disabled_account_loses_its_open_session_at_the_next_request_and_cannot_sign_in()
    {
        var user = WebAppFixture.NewUserName("vera");
        await app.CreateUserAsync(user, Roles.Reviewer);
        using var session = await app.SignInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await WebAppFixture.GetAsync(session, "/revue")).Status);
        await app.Users.SetDisabledAsync(user, true, "alain");
        Assert.True(ToLogin(await WebAppFixture.GetAsync(session, "/revue")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignInAsync(user));
        // Enabled again, the account signs in anew; the old cookie stays dead.
        await app.Users.SetDisabledAsync(user, false, "alain");
        using var again = await app.SignInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await WebAppFixture.GetAsync(again, "/revue")).Status);
    }

    [Fact]
    public async Task A_demoted_reviewer_loses_the_review_pages_at_once()
    {
        var user = WebAppFixture.NewUserName("dem");
        await app.CreateUserAsync(user, Roles.Reviewer);
        using var session = await app.SignInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await WebAppFixture.GetAsync(session, $"/dossiers/{app.HttpDossier.DossierId}")).Status);
        await app.Users.ChangeRoleAsync(user, Roles.Secretariat, "alain");
        Assert.True(ToLogin(await WebAppFixture.GetAsync(session, $"/dossiers/{app.HttpDossier.DossierId}")));
        using var demoted = await app.SignInAsync(user);
        Assert.Equal(HttpStatusCode.Forbidden, (await WebAppFixture.GetAsync(demoted, $"/dossiers/{app.HttpDossier.DossierId}")).Status);
    }

    [Fact]
    public async Task A_password_reset_ends_the_sessions_opened_with_the_old_password()
    {
        var user = WebAppFixture.NewUserName("rst");
        await app.CreateUserAsync(user, Roles.Secretariat);
        using var session = await app.SignInAsync(user);
        await app.Users.IssueLinkAsync(user, resetPassword: true, TimeSpan.FromHours(1), "alain");
        Assert.True(ToLogin(await WebAppFixture.GetAsync(session, "/courrier")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignInAsync(user)); // the old password no longer works
    }

    [Fact]
    public void A_session_ends_after_its_absolute_lifetime_however_active()
    {
        var limits = new SessionLimits(TimeSpan.FromMinutes(30), TimeSpan.FromHours(10));
        var signedIn = DateTimeOffset.UtcNow;
        var principal = Sessions.PrincipalFor(new AppUser(7, "remi", "Rémi", Roles.Reviewer, 3), signedIn);
        var account = new SessionState("remi", Roles.Reviewer, 3, false);
        Assert.Null(Sessions.EndReason(principal, account, signedIn.AddHours(9.9), limits));
        Assert.Equal("absolute lifetime", Sessions.EndReason(principal, account, signedIn.AddHours(10.1), limits));
        Assert.Equal("account changed", Sessions.EndReason(principal, account with { SessionVersion = 4 }, signedIn, limits));
        Assert.Equal("role changed", Sessions.EndReason(principal, account with { Role = Roles.Secretariat }, signedIn, limits));
        Assert.Equal("account disabled", Sessions.EndReason(principal, account with { Disabled = true }, signedIn, limits));
        Assert.Equal("no sign-in time", Sessions.EndReason(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "remi")], "x")), account, signedIn, limits));
    }
}

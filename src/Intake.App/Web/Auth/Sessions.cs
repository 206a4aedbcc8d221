using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Intake.App.Web.Auth;

/// <summary>How long a session lives: it ends after <see cref="Idle"/> without a request, and in any case <see cref="Max"/> after sign-in.</summary>
public sealed record SessionLimits(TimeSpan Idle, TimeSpan Max);

/// <summary>
/// Signed-in sessions. The cookie carries the account id, its session version and the sign-in time; every
/// request checks them against the account as it is now (<see cref="ValidateAsync"/>): a disabled account, a
/// changed role, a new password or a reset (all of which bump the version), or a session older than its
/// absolute lifetime, ends the session at once, whatever the cookie says.
/// </summary>
public static class Sessions
{
    public const string UserIdClaim = "intake:uid";
    public const string VersionClaim = "intake:sv";
    public const string SignedInAtClaim = "intake:signed_in";
    /// <summary>A random id per session: page images are audited once per file and session.</summary>
    public const string SessionIdClaim = "intake:sid";

    public static ClaimsPrincipal PrincipalFor(AppUser user, DateTimeOffset now) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.Name, user.UserName),
        new Claim(ClaimTypes.Role, user.Role),
        new Claim("display_name", user.DisplayName),
        new Claim(UserIdClaim, user.Id.ToString(CultureInfo.InvariantCulture)),
        new Claim(VersionClaim, user.SessionVersion.ToString(CultureInfo.InvariantCulture)),
        new Claim(SignedInAtClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        new Claim(SessionIdClaim, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))),
    ], CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>Why a session must end now (null: it may go on). Pure, for the request check and its tests.</summary>
    public static string? EndReason(ClaimsPrincipal principal, SessionState? account, DateTimeOffset now, SessionLimits limits)
    {
        if (!long.TryParse(principal.FindFirstValue(SignedInAtClaim), CultureInfo.InvariantCulture, out var signedIn)) return "no sign-in time";
        if (now - DateTimeOffset.FromUnixTimeSeconds(signedIn) > limits.Max) return "absolute lifetime";
        if (account is null) return "account gone";
        if (account.Disabled) return "account disabled";
        if (principal.FindFirstValue(VersionClaim) != account.SessionVersion.ToString(CultureInfo.InvariantCulture)) return "account changed";
        if (principal.FindFirstValue(ClaimTypes.Role) != account.Role || principal.Identity?.Name != account.UserName) return "role changed";
        return null;
    }

    /// <summary>The cookie handler's check of every request.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext ctx)
    {
        var principal = ctx.Principal;
        if (principal is null) return;
        var limits = ctx.HttpContext.RequestServices.GetRequiredService<SessionLimits>();
        SessionState? account = null;
        if (long.TryParse(principal.FindFirstValue(UserIdClaim), CultureInfo.InvariantCulture, out var id))
            account = await ctx.HttpContext.RequestServices.GetRequiredService<UserStore>().SessionStateAsync(id);
        if (EndReason(principal, account, DateTimeOffset.UtcNow, limits) is null) return;
        ctx.RejectPrincipal();
        await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}

using Dapper;
using Intake.Pipeline.Storage;
using Microsoft.AspNetCore.Identity;

namespace Intake.App.Web.Auth;

public sealed record AppUser(long Id, string UserName, string DisplayName, string Role, string PasswordHash, int FailedLogins, DateTime? LockedUntil);

public sealed record UserSummary(string UserName, string DisplayName, string Role, int FailedLogins, DateTime? LockedUntil, DateTime CreatedAt);

public enum SignInResult { Ok, Invalid, LockedOut }

/// <summary>
/// Staff accounts in PostgreSQL. Passwords are hashed with ASP.NET Core Identity's PasswordHasher (PBKDF2,
/// salted, versioned); after <see cref="MaxFailures"/> failures in a row the account is locked for a while.
/// </summary>
public sealed class UserStore(Database db)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);
    private static readonly PasswordHasher<string> Hasher = new();

    public async Task<(SignInResult Result, AppUser? User)> CheckPasswordAsync(string userName, string password)
    {
        await using var conn = await db.OpenAsync();
        var user = await conn.QuerySingleOrDefaultAsync<AppUser>("""
            select id, user_name as UserName, display_name as DisplayName, role, password_hash as PasswordHash,
                   failed_logins as FailedLogins, locked_until as LockedUntil
            from app_user where user_name = @userName
            """, new { userName });
        if (user is null)
        {
            Hasher.HashPassword(userName, password); // same work either way: no user enumeration by timing
            return (SignInResult.Invalid, null);
        }
        if (user.LockedUntil is DateTime until && until > DateTime.UtcNow) return (SignInResult.LockedOut, null);
        var check = Hasher.VerifyHashedPassword(user.UserName, user.PasswordHash, password);
        if (check == PasswordVerificationResult.Failed)
        {
            await conn.ExecuteAsync("""
                update app_user set failed_logins = failed_logins + 1,
                    locked_until = case when failed_logins + 1 >= @max then now() + @lockout else locked_until end
                where id = @Id
                """, new { user.Id, max = MaxFailures, lockout = LockoutTime });
            return (SignInResult.Invalid, null);
        }
        await conn.ExecuteAsync("update app_user set failed_logins = 0, locked_until = null where id = @Id", new { user.Id });
        if (check == PasswordVerificationResult.SuccessRehashNeeded)
            await conn.ExecuteAsync("update app_user set password_hash = @h where id = @Id", new { user.Id, h = Hasher.HashPassword(user.UserName, password) });
        return (SignInResult.Ok, user);
    }

    /// <summary>Every account, without password hashes (the admin page).</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        await using var conn = await db.OpenAsync();
        return (await conn.QueryAsync<UserSummary>("""
            select user_name as UserName, display_name as DisplayName, role, failed_logins as FailedLogins,
                   locked_until as LockedUntil, created_at as CreatedAt
            from app_user order by user_name
            """)).ToList();
    }

    public async Task<bool> ExistsAsync(string userName)
    {
        await using var conn = await db.OpenAsync();
        return await conn.ExecuteScalarAsync<bool>("select exists (select 1 from app_user where user_name = @userName)", new { userName });
    }

    public async Task<bool> AnyUserAsync()
    {
        await using var conn = await db.OpenAsync();
        return await conn.ExecuteScalarAsync<bool>("select exists (select 1 from app_user)");
    }

    /// <summary>Creates the user, or resets its password and role when it exists.</summary>
    public async Task SetUserAsync(string userName, string displayName, string role, string password)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"unknown role {role}", nameof(role));
        await using var conn = await db.OpenAsync();
        await conn.ExecuteAsync("""
            insert into app_user (user_name, display_name, role, password_hash) values (@userName, @displayName, @role, @hash)
            on conflict (user_name) do update set display_name = excluded.display_name, role = excluded.role,
                password_hash = excluded.password_hash, failed_logins = 0, locked_until = null
            """, new { userName, displayName, role, hash = Hasher.HashPassword(userName, password) });
    }

    /// <summary>A random password of 18 characters from an unambiguous alphabet.</summary>
    public static string NewPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return System.Security.Cryptography.RandomNumberGenerator.GetString(alphabet, 18);
    }
}

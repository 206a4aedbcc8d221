using System.Security.Cryptography;
using System.Text;
using Dapper;
using Intake.Pipeline.Audit;
using Intake.Pipeline.Storage;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Intake.App.Web.Auth;

public sealed record AppUser(long Id, string UserName, string DisplayName, string Role, int SessionVersion);

public sealed record UserSummary(string UserName, string DisplayName, string Role, int FailedLogins, DateTime? LockedUntil, DateTime CreatedAt,
    DateTime? DisabledAt, DateTime? PasswordSetAt);

/// <summary>What every request checks against its session: the account's current role and session version, and whether it is disabled.</summary>
public sealed record SessionState(string UserName, string Role, int SessionVersion, bool Disabled);

public enum SignInResult { Ok, Refused }

/// <summary>The outcome of a sign-in: the account when it succeeded, and the name of the account that was tried (null when no such account exists).</summary>
public sealed record SignInOutcome(SignInResult Result, AppUser? User, string? KnownAccount);

/// <summary>
/// Staff accounts in PostgreSQL. Passwords are hashed with ASP.NET Core Identity's PasswordHasher (PBKDF2,
/// salted, versioned) and only ever chosen by their owner, through a one-time link (<see cref="IssueLinkAsync"/>):
/// the administrator creates accounts and hands out links, never passwords. After <see cref="MaxFailures"/>
/// failures in a row an account is locked for a while. Every change of an account's rights (role, disabling,
/// new password, reset) bumps its session version, which ends its open sessions at their next request, and is
/// written to the audit trail in the same transaction.
/// </summary>
public sealed class UserStore(Database db)
{
    public const int MaxFailures = 5;
    public const int MinPasswordLength = 12;

    /// <summary>Lower-case letters, digits, ".", "_" or "-", 2 to 40 characters, starting with a letter.</summary>
    public static bool IsValidUserName(string name) => System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-z0-9._-]{1,39}$");
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);
    private static readonly PasswordHasher<string> Hasher = new();
    /// <summary>Hashed once: unknown, disabled or password-less accounts cost the same work as a real check (no user enumeration by timing).</summary>
    private static readonly string DummyHash = Hasher.HashPassword("?", RandomNumberGenerator.GetHexString(32));

    private sealed record Row(long Id, string UserName, string DisplayName, string Role, string? PasswordHash, int FailedLogins,
        DateTime? LockedUntil, DateTime? DisabledAt, int SessionVersion);

    public async Task<SignInOutcome> CheckPasswordAsync(string userName, string password)
    {
        await using var conn = await db.OpenAsync();
        var user = await conn.QuerySingleOrDefaultAsync<Row>("""
            select id, user_name as UserName, display_name as DisplayName, role, password_hash as PasswordHash,
                   failed_logins as FailedLogins, locked_until as LockedUntil, disabled_at as DisabledAt, session_version as SessionVersion
            from app_user where user_name = @userName
            """, new { userName });
        var check = Hasher.VerifyHashedPassword(userName, user?.PasswordHash ?? DummyHash, password);
        if (user is null) return new(SignInResult.Refused, null, null);
        bool locked = user.LockedUntil is DateTime until && until > DateTime.UtcNow;
        if (locked || user.DisabledAt is not null || user.PasswordHash is null) return new(SignInResult.Refused, null, user.UserName);
        if (check == PasswordVerificationResult.Failed)
        {
            await conn.ExecuteAsync("""
                update app_user set failed_logins = failed_logins + 1,
                    locked_until = case when failed_logins + 1 >= @max then now() + @lockout else locked_until end
                where id = @Id
                """, new { user.Id, max = MaxFailures, lockout = LockoutTime });
            return new(SignInResult.Refused, null, user.UserName);
        }
        await conn.ExecuteAsync("update app_user set failed_logins = 0, locked_until = null where id = @Id", new { user.Id });
        if (check == PasswordVerificationResult.SuccessRehashNeeded)
            await conn.ExecuteAsync("update app_user set password_hash = @h where id = @Id", new { user.Id, h = Hasher.HashPassword(user.UserName, password) });
        return new(SignInResult.Ok, new AppUser(user.Id, user.UserName, user.DisplayName, user.Role, user.SessionVersion), user.UserName);
    }

    /// <summary>The account behind a session, as it is now (null when it no longer exists).</summary>
    public async Task<SessionState?> SessionStateAsync(long userId)
    {
        await using var conn = await db.OpenAsync();
        return await conn.QuerySingleOrDefaultAsync<SessionState>("""
            select user_name as UserName, role, session_version as SessionVersion, disabled_at is not null as Disabled from app_user where id = @userId
            """, new { userId });
    }

    /// <summary>Every account, without password hashes (the admin page).</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        await using var conn = await db.OpenAsync();
        return (await conn.QueryAsync<UserSummary>("""
            select user_name as UserName, display_name as DisplayName, role, failed_logins as FailedLogins,
                   locked_until as LockedUntil, created_at as CreatedAt, disabled_at as DisabledAt, password_set_at as PasswordSetAt
            from app_user order by user_name
            """)).ToList();
    }

    public async Task<UserSummary?> FindAsync(string userName) => (await ListAsync()).FirstOrDefault(u => u.UserName == userName);

    public async Task<bool> AnyUserAsync()
    {
        await using var conn = await db.OpenAsync();
        return await conn.ExecuteScalarAsync<bool>("select exists (select 1 from app_user)");
    }

    /// <summary>Creates an account without a password; its owner sets one through a link (<see cref="IssueLinkAsync"/>).</summary>
    public async Task<bool> CreateAsync(string userName, string displayName, string role, string actor)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"unknown role {role}", nameof(role));
        return await InTransactionAsync(async (conn, tx) =>
        {
            var created = await conn.ExecuteAsync("""
                insert into app_user (user_name, display_name, role) values (@userName, @displayName, @role) on conflict (user_name) do nothing
                """, new { userName, displayName, role }, tx) == 1;
            if (created) await AuditTrail.RecordAsync(conn, tx, actor, "create_user", "app_user", null, new { user = userName, role });
            return created;
        });
    }

    /// <summary>Changes an account's role; its open sessions end.</summary>
    public Task<bool> ChangeRoleAsync(string userName, string role, string actor)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"unknown role {role}", nameof(role));
        return InTransactionAsync(async (conn, tx) =>
        {
            var old = await conn.ExecuteScalarAsync<string?>("select role from app_user where user_name = @userName for update", new { userName }, tx);
            if (old is null) return false;
            if (old == role) return true;
            await conn.ExecuteAsync("update app_user set role = @role, session_version = session_version + 1 where user_name = @userName", new { userName, role }, tx);
            await AuditTrail.RecordAsync(conn, tx, actor, "change_role", "app_user", null, new { user = userName, old, @new = role });
            return true;
        });
    }

    /// <summary>Disables an account (its sessions end at once, it cannot sign in) or enables it again.</summary>
    public Task<bool> SetDisabledAsync(string userName, bool disabled, string actor) =>
        InTransactionAsync(async (conn, tx) =>
        {
            var n = await conn.ExecuteAsync("""
                update app_user set disabled_at = case when @disabled then coalesce(disabled_at, now()) end,
                    session_version = session_version + 1, failed_logins = 0, locked_until = null
                where user_name = @userName
                """, new { userName, disabled }, tx);
            if (n == 1) await AuditTrail.RecordAsync(conn, tx, actor, disabled ? "disable_user" : "enable_user", "app_user", null, new { user = userName });
            return n == 1;
        });

    /// <summary>
    /// A new one-time link for the account to set its password (any earlier unused link is cancelled). With
    /// <paramref name="resetPassword"/>, the current password stops working and open sessions end: a reset.
    /// Returns the token (shown once; the database keeps only its SHA-256), or null when there is no such account.
    /// </summary>
    public Task<string?> IssueLinkAsync(string userName, bool resetPassword, TimeSpan validFor, string actor) =>
        InTransactionAsync<string?>(async (conn, tx) =>
        {
            var id = await conn.ExecuteScalarAsync<long?>("select id from app_user where user_name = @userName for update", new { userName }, tx);
            if (id is null) return null;
            if (resetPassword)
                await conn.ExecuteAsync("update app_user set password_hash = null, password_set_at = null, session_version = session_version + 1 where id = @id", new { id }, tx);
            await conn.ExecuteAsync("update password_link set used_at = now() where user_id = @id and used_at is null", new { id }, tx);
            var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            await conn.ExecuteAsync("""
                insert into password_link (user_id, token_sha256, created_by, expires_at) values (@id, @hash, @actor, now() + @validFor)
                """, new { id, hash = Sha256(token), actor, validFor }, tx);
            await AuditTrail.RecordAsync(conn, tx, actor, resetPassword ? "reset_password" : "issue_password_link", "app_user", id,
                new { user = userName, valid_hours = Math.Round(validFor.TotalHours, 1) });
            return token;
        });

    /// <summary>The account a link is for, when the link is still usable (not used, not expired, account enabled).</summary>
    public async Task<string?> LinkOwnerAsync(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        await using var conn = await db.OpenAsync();
        return await conn.ExecuteScalarAsync<string?>("""
            select u.user_name from password_link l join app_user u on u.id = l.user_id
            where l.token_sha256 = @hash and l.used_at is null and l.expires_at > now() and u.disabled_at is null
            """, new { hash = Sha256(token) });
    }

    /// <summary>The owner of a link sets their password; the link is used up and other sessions end. Returns a French error, or null.</summary>
    public async Task<(string? UserName, string? Error)> SetPasswordWithLinkAsync(string? token, string? password, string? confirmation)
    {
        var owner = await LinkOwnerAsync(token);
        if (owner is null) return (null, "Ce lien n'est plus valable (déjà utilisé ou expiré) : demandez-en un nouveau à l'administrateur.");
        if (PasswordProblem(owner, password, confirmation) is string problem) return (null, problem);
        return await InTransactionAsync<(string?, string?)>(async (conn, tx) =>
        {
            var id = await conn.ExecuteScalarAsync<long?>("""
                update password_link set used_at = now() where token_sha256 = @hash and used_at is null and expires_at > now() returning user_id
                """, new { hash = Sha256(token!) }, tx);
            if (id is null) return (null, "Ce lien n'est plus valable (déjà utilisé ou expiré) : demandez-en un nouveau à l'administrateur.");
            await SetHashAsync(conn, tx, id.Value, owner, password!);
            await AuditTrail.RecordAsync(conn, tx, owner, "set_password", "app_user", id, new { user = owner, by = "password_link" });
            return (owner, null);
        });
    }

    /// <summary>Sets a password directly (tests, and the link above once checked). The account's open sessions end.</summary>
    public Task SetPasswordAsync(string userName, string password) =>
        InTransactionAsync(async (conn, tx) =>
        {
            var id = await conn.ExecuteScalarAsync<long>("select id from app_user where user_name = @userName for update", new { userName }, tx);
            await SetHashAsync(conn, tx, id, userName, password);
            return true;
        });

    /// <summary>Why a password is not acceptable (French), or null.</summary>
    public static string? PasswordProblem(string userName, string? password, string? confirmation)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinPasswordLength)
            return $"Le mot de passe doit compter au moins {MinPasswordLength} caractères.";
        if (password.Length > 128) return "Le mot de passe ne doit pas dépasser 128 caractères.";
        if (password != confirmation) return "Les deux saisies du mot de passe diffèrent.";
        if (password.Contains(userName, StringComparison.OrdinalIgnoreCase)) return "Le mot de passe ne doit pas contenir l'identifiant.";
        if (password.Distinct().Count() < 5) return "Le mot de passe est trop simple.";
        return null;
    }

    private static Task SetHashAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, string userName, string password) =>
        conn.ExecuteAsync("""
            update app_user set password_hash = @hash, password_set_at = now(), session_version = session_version + 1,
                failed_logins = 0, locked_until = null
            where id = @id
            """, new { id, hash = Hasher.HashPassword(userName, password) }, tx);

    private async Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work)
    {
        await using var conn = await db.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var result = await work(conn, tx);
        await tx.CommitAsync();
        return result;
    }

    private static string Sha256(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

using System.Net;
using System.Threading.RateLimiting;
using Intake.App.Hosting;
using Intake.App.Web.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace Intake.App.Web;

/// <summary>
/// Wiring of the dashboard: cookie sessions checked on every request, role policies, Razor Pages, security
/// headers, forwarded headers from the configured TLS proxies only, HSTS and Secure cookies, rate limits.
/// </summary>
public static class WebSetup
{
    public const string LoginRateLimit = "login";
    public const string PageImageRateLimit = "page-images";
    /// <summary>Password attempts per client address and minute.</summary>
    public const int LoginAttemptsPerMinute = 10;

    public static IServiceCollection AddIntakeWeb(this IServiceCollection services, IntakeSettings settings)
    {
        services.AddSingleton<UserStore>();
        services.AddSingleton(new SessionLimits(settings.SessionIdle, settings.SessionMax));
        services.AddSingleton(new PasswordLinks(settings.PasswordLinkLifetime));
        services.AddSingleton<Audit>();
        services.AddSingleton<DashboardCache>();
        services.AddSingleton<Intake.Pipeline.Dossiers.IDossierChangeListener>(sp => sp.GetRequiredService<DashboardCache>());
        services.AddSingleton<Review.ReviewQueue>();
        services.AddSingleton<Review.DossierReader>();
        services.AddSingleton<Review.PageWords>();
        services.AddSingleton<Mail.UnattachedMail>();
        services.AddSingleton<Mail.MailSuggestions>();
        services.AddSingleton<Files.FileScope>();
        services.AddSingleton<Files.PageImages>();
        services.AddSingleton<Reports.BacklogReport>();
        services.AddSingleton<Admin.AuditLog>();
        // Page images: image files above 60 Mpx are not shown (a 600 dpi A4 colour scan is 35 Mpx); PDF pages are boxed by PageImages.
        services.AddSingleton(_ => new Intake.Text.Rendering.PageImageRenderer(new Intake.Text.TextOptions { MaxImagePixels = 60_000_000 }));
        services.Configure<ForwardedHeadersOptions>(o => ConfigureProxies(o, settings.TrustedProxies));
        // HSTS on every HTTPS response, whatever the host name the proxy passes (the default skips "localhost").
        services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(365); o.IncludeSubDomains = false; o.ExcludedHosts.Clear(); });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/connexion";
                o.LogoutPath = "/deconnexion";
                o.AccessDeniedPath = "/acces-refuse";
                o.Cookie.Name = "intake.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Behind a TLS proxy the app itself may see plain HTTP: the cookie is marked Secure regardless.
                o.Cookie.SecurePolicy = settings.RequireTls ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = settings.SessionIdle; // idle timeout, sliding; the absolute lifetime is checked by Sessions
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = Sessions.ValidateAsync;
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            });
        var cookies = settings.RequireTls ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = cookies);
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = cookies);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.All.ToArray()))
            .AddPolicy(Policies.Documents, p => p.RequireRole(Roles.Secretariat, Roles.Reviewer, Roles.Admin))
            .AddPolicy(Policies.Review, p => p.RequireRole(Roles.Reviewer, Roles.Admin))
            .AddPolicy(Policies.Reports, p => p.RequireRole(Roles.Manager, Roles.Admin))
            .AddPolicy(Policies.AdminOnly, p => p.RequireRole(Roles.Admin))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireRole(Roles.All.ToArray()).Build());
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Web/Pages";
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/SetPassword");
            o.Conventions.AllowAnonymousToPage("/Denied");
            o.Conventions.AuthorizeFolder("/", Policies.Staff);
            o.Conventions.AuthorizeFolder("/Files", Policies.Documents);
            o.Conventions.AuthorizeFolder("/Mail", Policies.Documents);
            o.Conventions.AuthorizeFolder("/Quarantine", Policies.Documents);
            o.Conventions.AuthorizeFolder("/Review", Policies.Review);
            o.Conventions.AuthorizeFolder("/Dossiers", Policies.Review);
            o.Conventions.AuthorizeFolder("/Reports", Policies.Reports);
            o.Conventions.AuthorizeFolder("/Admin", Policies.AdminOnly);
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Password attempts (sign-in, choosing a password) per client address — the proxy's client address
            // once forwarded headers are applied — so one attacker cannot lock everybody out. Showing the forms
            // is not limited.
            o.AddPolicy(LoginRateLimit, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    "ip:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "?"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));
            // Page images per signed-in user: walking the whole archive by id is slowed down (and audited).
            o.AddPolicy(PageImageRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                "user:" + (ctx.User.Identity?.Name ?? ctx.Connection.RemoteIpAddress?.ToString() ?? "?"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PageImagesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>Only the configured proxies are believed (ASP.NET Core's default also trusts loopback: cleared).</summary>
    public static void ConfigureProxies(ForwardedHeadersOptions o, IReadOnlyList<string> trusted)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        o.KnownProxies.Clear();
        o.KnownIPNetworks.Clear();
        o.ForwardLimit = 1;
        foreach (var entry in trusted)
        {
            if (entry.Contains('/', StringComparison.Ordinal)) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
            else o.KnownProxies.Add(IPAddress.Parse(entry));
        }
    }

    public static WebApplication UseIntakeWeb(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IntakeSettings>();
        app.UseForwardedHeaders();
        if (settings.RequireTls)
        {
            app.UseHsts();
            // Only HTTPS (as the trusted proxy reports it): a plain-HTTP request never gets a page, a form or a cookie.
            app.Use(async (ctx, next) =>
            {
                if (ctx.Request.IsHttps) { await next(); return; }
                ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
                ctx.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.Response.WriteAsync("Le tableau de bord ne s'ouvre qu'en HTTPS, par le proxy de l'établissement.");
            });
        }
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h.XFrameOptions = "DENY";
            // The Hangfire dashboard ships inline scripts; it is admin-only and framed nowhere.
            h.ContentSecurityPolicy = ctx.Request.Path.StartsWithSegments("/hangfire")
                ? "frame-ancestors 'none'"
                : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
            h.CacheControl = "no-store";
            await next();
        });
        // An unknown address, or an object that does not exist, gets a French page (not an empty answer).
        app.UseStatusCodePages(async ctx =>
        {
            var r = ctx.HttpContext.Response;
            if (r.StatusCode != StatusCodes.Status404NotFound || ctx.HttpContext.Request.Path.StartsWithSegments("/api")) return;
            r.ContentType = "text/html; charset=utf-8";
            await r.WriteAsync(NotFoundHtml);
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }

    private const string NotFoundHtml = """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Page introuvable — Intake CCI</title>
        <link rel="stylesheet" href="/site.css"></head><body><main><h1>Page introuvable</h1>
        <p>Cette page, ce dossier ou ce document n'existe pas (ou plus). <a href="/">Retour à l'accueil</a></p></main></body></html>
        """;

    private const string DeniedHtml = """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Accès refusé — Intake CCI</title>
        <link rel="stylesheet" href="/site.css"></head><body><main><h1>Accès refusé</h1>
        <p>Votre rôle ne permet pas d'ouvrir cette page. <a href="/">Retour à l'accueil</a></p></main></body></html>
        """;

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        if (status == StatusCodes.Status403Forbidden)
        {
            // A real 403 (not a redirect): the page exists, this role may not open it.
            ctx.Response.StatusCode = status;
            ctx.Response.ContentType = "text/html; charset=utf-8";
            return ctx.Response.WriteAsync(DeniedHtml);
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

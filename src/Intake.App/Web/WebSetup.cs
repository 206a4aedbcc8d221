using System.Threading.RateLimiting;
using Intake.App.Web.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;

namespace Intake.App.Web;

/// <summary>Wiring of the dashboard: cookie login, role policies, Razor Pages, security headers, rate limits.</summary>
public static class WebSetup
{
    public const string LoginRateLimit = "login";

    public static IServiceCollection AddIntakeWeb(this IServiceCollection services)
    {
        services.AddSingleton<UserStore>();
        services.AddSingleton<Audit>();
        services.AddSingleton<DashboardCache>();
        services.AddSingleton<Intake.Pipeline.Dossiers.IDossierChangeListener>(sp => sp.GetRequiredService<DashboardCache>());
        services.AddSingleton<Review.ReviewQueue>();
        services.AddSingleton<Review.DossierReader>();
        services.AddSingleton<Mail.UnattachedMail>();
        services.AddSingleton<Reports.BacklogReport>();
        services.AddSingleton<Admin.AuditLog>();
        services.AddSingleton(_ => new Intake.Text.Rendering.PageImageRenderer());
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/connexion";
                o.LogoutPath = "/deconnexion";
                o.AccessDeniedPath = "/acces-refuse";
                o.Cookie.Name = "intake.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(30); // session timeout, sliding
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            });
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
            o.Conventions.AllowAnonymousToPage("/Denied");
            o.Conventions.AuthorizeFolder("/", Policies.Staff);
            o.Conventions.AuthorizeFolder("/Files", Policies.Documents);
            o.Conventions.AuthorizeFolder("/Mail", Policies.Documents);
            o.Conventions.AuthorizeFolder("/Review", Policies.Review);
            o.Conventions.AuthorizeFolder("/Dossiers", Policies.Review);
            o.Conventions.AuthorizeFolder("/Reports", Policies.Reports);
            o.Conventions.AuthorizeFolder("/Admin", Policies.AdminOnly);
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Password attempts only: showing the login form is not limited.
            o.AddPolicy(LoginRateLimit, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "?",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));
        });
        return services;
    }

    public static WebApplication UseIntakeWeb(this WebApplication app)
    {
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
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }

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

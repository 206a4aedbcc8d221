using System.Security.Claims;
using Intake.Pipeline.Dossiers;

namespace Intake.App.Web.Auth;

/// <summary>The roles of the commission's staff (<see cref="StaffRoles"/>), their French labels, and the policies pages require.</summary>
public static class Roles
{
    public const string Secretariat = StaffRoles.Secretariat;
    public const string Reviewer = StaffRoles.Reviewer;
    public const string Manager = StaffRoles.Manager;
    public const string Admin = StaffRoles.Admin;

    public static IReadOnlyList<string> All => StaffRoles.All;

    public static string Label(string role) => role switch
    {
        Secretariat => "Secrétariat",
        Reviewer => "Instructeur",
        Manager => "Responsable",
        Admin => "Administrateur",
        _ => role,
    };

    /// <summary>The signed-in user as the services see them (name and role from the session, checked on every request).</summary>
    public static Actor Actor(this ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? throw new InvalidOperationException("not signed in"), user.FindFirstValue(ClaimTypes.Role) ?? "");
}

public static class Policies
{
    /// <summary>Any signed-in member of staff.</summary>
    public const string Staff = "staff";
    /// <summary>Files and pages (health data): secretariat, reviewers, admins.</summary>
    public const string Documents = "documents";
    /// <summary>The review queue and dossiers: reviewers, admins.</summary>
    public const string Review = "review";
    /// <summary>Backlog reports: managers, admins.</summary>
    public const string Reports = "reports";
    public const string AdminOnly = "admin";
}

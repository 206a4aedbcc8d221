namespace Intake.App.Web.Auth;

/// <summary>The roles of the commission's staff, and the policies pages require.</summary>
public static class Roles
{
    public const string Secretariat = "secretariat";
    public const string Reviewer = "reviewer";
    public const string Manager = "manager";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Secretariat, Reviewer, Manager, Admin];

    public static string Label(string role) => role switch
    {
        Secretariat => "Secrétariat",
        Reviewer => "Instructeur",
        Manager => "Responsable",
        Admin => "Administrateur",
        _ => role,
    };
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

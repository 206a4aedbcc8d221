namespace Intake.Pipeline.Dossiers;

/// <summary>
/// The roles of the commission's staff, as stored in <c>app_user.role</c>. The services of this folder check
/// them (<see cref="Permissions"/>); the dashboard's page policies are derived from the same names.
/// </summary>
public static class StaffRoles
{
    /// <summary>Secrétariat: receives the mail, files unattached documents, opens dossiers for them.</summary>
    public const string Secretariat = "secretariat";
    /// <summary>Instructeur: reviews dossiers (fields, documents, routing).</summary>
    public const string Reviewer = "reviewer";
    /// <summary>Responsable: backlog reports only (no health data).</summary>
    public const string Manager = "manager";
    /// <summary>Administrateur: accounts, audit log, jobs; may also act as a reviewer.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Secretariat, Reviewer, Manager, Admin];
}

/// <summary>Who asks for a change: the signed-in user's name and role, as the server knows them.</summary>
public sealed record Actor(string UserName, string Role)
{
    public bool Is(string role) => Role == role;
}

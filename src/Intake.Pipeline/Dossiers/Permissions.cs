namespace Intake.Pipeline.Dossiers;

/// <summary>What a user may change on documents and dossiers.</summary>
public enum DossierAction
{
    /// <summary>File an unattached document into a dossier.</summary>
    AttachDocument,
    /// <summary>Open a new dossier for an unattached document.</summary>
    OpenDossier,
    /// <summary>Move an attached document to another dossier, or detach it.</summary>
    MoveDocument,
    /// <summary>Correct a document's type (its fields are read again under the new type).</summary>
    ChangeDocumentType,
    /// <summary>Split a document in two.</summary>
    SplitDocument,
    /// <summary>Correct or accept a dossier fact.</summary>
    CorrectField,
    /// <summary>Confirm or override the pre-routing.</summary>
    ReviewRouting,
    /// <summary>Set the date the dossier became complete (start of the 6-month clock).</summary>
    CorrectCompleteDate,
    /// <summary>Take a dossier to review (assign it to oneself) or give it back.</summary>
    AssignDossier,
    /// <summary>Process a quarantined file again (after its cause was repaired).</summary>
    ReprocessFile,
}

/// <summary>
/// The one table of who may do what; each service checks it once, then checks the object's state (for instance,
/// the secretariat files and retypes only mail no dossier holds yet, so a document already filed — let alone
/// confirmed — cannot be moved by the secretariat). The README's security section lists it.
/// </summary>
public static class Permissions
{
    private static readonly string[] Filing = [StaffRoles.Secretariat, StaffRoles.Reviewer, StaffRoles.Admin];
    private static readonly string[] Review = [StaffRoles.Reviewer, StaffRoles.Admin];

    public static IReadOnlyList<string> RolesFor(DossierAction action) => action switch
    {
        DossierAction.AttachDocument or DossierAction.OpenDossier or DossierAction.ChangeDocumentType or DossierAction.ReprocessFile => Filing,
        _ => Review,
    };

    public static bool Allows(Actor actor, DossierAction action) => RolesFor(action).Contains(actor.Role);

    /// <summary>The secretariat works on unattached mail only: a document in a dossier is the reviewers'.</summary>
    public static bool OnlyUnattached(Actor actor) => !actor.Is(StaffRoles.Reviewer) && !actor.Is(StaffRoles.Admin);

    internal const string ForbiddenFr = "Votre rôle ne permet pas cette action.";
}

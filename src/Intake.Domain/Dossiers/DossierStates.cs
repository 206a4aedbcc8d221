namespace Intake.Domain.Dossiers;

/// <summary>One state of a closed list the database checks: its code (as stored) and its French label.</summary>
public sealed record StateDefinition(string Code, string Label);

/// <summary>
/// The closed lists of states stored on dossiers and documents (docs/procedure.md, "States"), with their French
/// labels. The migrations' <c>check</c> constraints spell the same codes (a test compares them).
/// </summary>
public static class DossierStates
{
    /// <summary><c>dossier.status</c>: where the dossier stands in the secretariat's work.</summary>
    public static readonly IReadOnlyList<StateDefinition> Status =
    [
        new("a_revoir", "À revoir"),
        new("en_attente_pieces", "En attente de pièces"),
        new("confirme", "Confirmé"),
    ];

    /// <summary><c>dossier.review_status</c>: the reviewer's decision on the pre-routing.</summary>
    public static readonly IReadOnlyList<StateDefinition> Review =
    [
        new("pending", "À examiner"),
        new("confirmed", "Orientation confirmée"),
        new("overridden", "Orientation modifiée"),
    ];

    /// <summary><c>document.attachment</c>: how a document came to its dossier, or why it has none.</summary>
    public static readonly IReadOnlyList<StateDefinition> Attachment =
    [
        new("pending", "en attente"),
        new("opened", "a ouvert le dossier"),
        new("matched", "rattaché automatiquement"),
        new("unattached", "non rattaché"),
        new("possible_duplicate", "doublon possible"),
        new("manual", "rattaché manuellement"),
    ];

    /// <summary>The label of <paramref name="code"/> in <paramref name="list"/>; the code itself when it is not there.</summary>
    public static string Label(IReadOnlyList<StateDefinition> list, string code) =>
        list.FirstOrDefault(s => s.Code == code)?.Label ?? code;
}

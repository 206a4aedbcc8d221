using Intake.Domain.Dossiers;
using Intake.Domain.Facts;
using Intake.Domain.Rules;

namespace Intake.App.Web.Review;

/// <summary>
/// French labels of the codes the rules engine and the schema use (what a reviewer reads). Flags, tasks, document
/// types, completeness items, fields and states come from the domain's catalogues; the proposal's own words are here.
/// </summary>
public static class Labels
{
    public static string Flag(string code) => FlagCatalog.Label(code);

    /// <summary>The flags a dossier can carry (the catalogue's dossier flags): the queue filters on each.</summary>
    public static readonly IReadOnlyList<string> QueueFlags =
        FlagCatalog.All.Where(f => f.Scope != FlagScope.Document).Select(f => f.Code).ToList();

    public static string DossierStatus(string s) => DossierStates.Label(DossierStates.Status, s);

    public static readonly IReadOnlyList<string> DossierStatuses = DossierStates.Status.Select(s => s.Code).ToList();

    public static string ReviewStatus(string s) => DossierStates.Label(DossierStates.Review, s);

    public static readonly IReadOnlyList<string> ReviewStatuses = DossierStates.Review.Select(s => s.Code).ToList();

    public static string Procedure(string? p) => p switch
    {
        null or "" => "aucune proposition",
        "reglement_amiable" => "règlement amiable",
        "conciliation" => "conciliation",
        _ => p,
    };

    public static readonly IReadOnlyList<string> Procedures = ["reglement_amiable", "conciliation"];

    public static string Payer(string? p) => p switch
    {
        null or "" => "non déterminé",
        "assureur" => "assureur",
        "oniam" => "ONIAM",
        "fonds_garantie" => "fonds de garantie",
        _ => p,
    };

    public static readonly IReadOnlyList<string> Payers = ["assureur", "oniam", "fonds_garantie"];

    public static string Gravity(string? g) => g switch
    {
        "grave" => "seuil de gravité atteint",
        "not_grave" => "sous le seuil de gravité",
        "unknown" or null => "gravité inconnue",
        _ => g,
    };

    public static string RuleOutcome(string o) => o switch
    {
        "met" => "atteint",
        "not_met" => "non atteint",
        "unknown" => "inconnu",
        "flagged" => "signalé",
        "applied" => "appliqué",
        "not_applicable" => "sans objet",
        _ => o.Replace('_', ' '),
    };

    public static string Severity(string s) => s == "blocking" ? "bloquant" : "à demander";

    public static string Task(string code) => TaskCatalog.Label(code);

    /// <summary>A document type's label; also names completeness items (pseudo-items, field keys).</summary>
    public static string DocumentType(string t) => MissingItems.Label(t);

    /// <summary>A field key's French label (docs/fields.md).</summary>
    public static string Field(string key) => FactCatalog.Label(key);

    public static string Attachment(string a) => DossierStates.Label(DossierStates.Attachment, a);

    /// <summary>Confidence below which an extracted value must be checked (the domain's review threshold).</summary>
    public const double LowConfidence = Intake.Domain.Review.ReviewThresholds.Field;
}

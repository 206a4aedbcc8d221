namespace Intake.Domain.Rules;

/// <summary>
/// Flag codes of docs/rules.md, plus Intake's own markers outside the scored vocabulary (LOW_CONFIDENCE_INPUT,
/// COMPLETE_DATE_TO_CONFIRM). Their labels, meanings and scope are in <see cref="FlagCatalog"/>.
/// </summary>
public static class FlagCodes
{
    public const string BorderlineGravity = "BORDERLINE_GRAVITY";
    public const string ExceptionalGroundToConfirm = "EXCEPTIONAL_GROUND_TO_CONFIRM";
    public const string GravityUnknown = "GRAVITY_UNKNOWN";
    public const string PrescriptionLikely = "PRESCRIPTION_LIKELY";
    public const string NotConsolidated = "NOT_CONSOLIDATED";
    public const string ActBefore20010905 = "ACT_BEFORE_2001_09_05";
    public const string StandingMismatch = "STANDING_MISMATCH";
    public const string ParallelProceedings = "PARALLEL_PROCEEDINGS";
    public const string GuaranteeFund = "GUARANTEE_FUND";
    public const string OniamSubstitutionPossible = "ONIAM_SUBSTITUTION_POSSIBLE";
    public const string NirInvalid = "NIR_INVALID";
    public const string SchemeValproate = "SCHEME_VALPROATE";
    public const string SchemeOniamDirect = "SCHEME_ONIAM_DIRECT";
    public const string LowConfidenceInput = "LOW_CONFIDENCE_INPUT";
    public const string CompleteDateToConfirm = "COMPLETE_DATE_TO_CONFIRM";
}

/// <summary>Task codes of docs/rules.md (labels and meanings in <see cref="TaskCatalog"/>).</summary>
public static class TaskCodes
{
    public const string NotifyCaisse = "NOTIFY_CAISSE";
    public const string SignalArs = "SIGNAL_ARS";
}

/// <summary>Gravity outcomes, procedures and likely payers as the contracts spell them.</summary>
public static class Outcomes
{
    public const string Grave = "grave";
    public const string NotGrave = "not_grave";
    public const string Unknown = "unknown";
    public const string ReglementAmiable = "reglement_amiable";
    public const string Conciliation = "conciliation";
    public const string Assureur = "assureur";
    public const string Oniam = "oniam";
    public const string FondsGarantie = "fonds_garantie";
    public const string Blocking = "blocking";
    public const string ToRequest = "to_request";
}

/// <summary>Outcome words of a trail entry.</summary>
public static class RuleOutcome
{
    public const string Met = "met";
    public const string NotMet = "not_met";
    public const string Unknown = "unknown";
    public const string Flagged = "flagged";
    public const string Applied = "applied";
    public const string NotApplicable = "not_applicable";
}

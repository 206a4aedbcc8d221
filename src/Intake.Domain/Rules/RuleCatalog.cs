namespace Intake.Domain.Rules;

/// <summary>What a code of the rule catalogue names.</summary>
public enum RuleKind
{
    /// <summary>A pre-routing rule of docs/rules.md (R-…).</summary>
    Rule,
    /// <summary>A legal clock of docs/rules.md (D-…).</summary>
    Clock,
    /// <summary>A step of Intake's own that the trail records (borderline check, completeness).</summary>
    Step,
}

/// <summary>One rule, clock or step: its code, its legal source (as the trail cites it) and what it decides.</summary>
public sealed record RuleDefinition(string Code, string Source, string Summary, RuleKind Kind = RuleKind.Rule);

/// <summary>
/// The rule catalogue (docs/rules.md): every code the rules engine writes in a decision's trail or grounds, with
/// its legal source. Rules record their outcome through these entries, so a code or a source is written once.
/// </summary>
public static class RuleCatalog
{
    private const string ServicePublic = "fiche service-public « Saisir la CCI »";

    // Gravity threshold (D1142-1)
    public static readonly RuleDefinition GravAipp = new("R-GRAV-AIPP", "D1142-1 al. 1", "AIPP strictly above 24 %");
    public static readonly RuleDefinition GravAtap = new("R-GRAV-ATAP", "D1142-1 al. 2", "stop of professional activity for 6 consecutive months, or 6 months within 12");
    public static readonly RuleDefinition GravDft = new("R-GRAV-DFT", "D1142-1 al. 2", "temporary functional deficit of at least 50 % for 6 consecutive months, or 6 months within 12");
    public static readonly RuleDefinition GravInapt = new("R-GRAV-INAPT", "D1142-1 al. 3, 1°", "exceptionally: definitive unfitness for the former occupation (to confirm)");
    public static readonly RuleDefinition GravTroubles = new("R-GRAV-TROUBLES", "D1142-1 al. 3, 2°", "exceptionally: particularly serious disturbance in living conditions (to confirm)");
    public static readonly RuleDefinition GravBorderline = new("R-GRAV-BORDERLINE", "D1142-1; docs/rules.md, definition 4", "a gravity figure close to its threshold raises BORDERLINE_GRAVITY", RuleKind.Step);
    // Procedure
    public static readonly RuleDefinition ProcAmiable = new("R-PROC-AMIABLE", ServicePublic, "gravity grave: règlement amiable proposed");
    public static readonly RuleDefinition ProcConcil = new("R-PROC-CONCIL", ServicePublic, "gravity not grave, or act before 5 September 2001: conciliation proposed");
    public static readonly RuleDefinition ProcUnknown = new("R-PROC-UNKNOWN", ServicePublic, "gravity unknown: no proposal, GRAVITY_UNKNOWN");
    // Admissibility
    public static readonly RuleDefinition AdmPrescription = new("R-ADM-PRESCRIPTION", "L1142-28", "received more than 10 years after consolidation: PRESCRIPTION_LIKELY; not consolidated: NOT_CONSOLIDATED");
    public static readonly RuleDefinition AdmTemporal = new("R-ADM-TEMPORAL", "loi n° 2002-303 du 4 mars 2002, art. 101", "act before 5 September 2001: ACT_BEFORE_2001_09_05, conciliation only");
    public static readonly RuleDefinition AdmStanding = new("R-ADM-STANDING", "fiche service-public « Qui peut saisir la CCI ? »", "the filer's capacity must match the victim's situation, else STANDING_MISMATCH");
    public static readonly RuleDefinition AdmOtherProceedings = new("R-ADM-OTHER-PROCEEDINGS", ServicePublic, "a court case on the same facts declared: PARALLEL_PROCEEDINGS");
    // Likely payer
    public static readonly RuleDefinition PayFault = new("R-PAY-FAULT", "L1142-1 I", "a fault found by the expert: the liable party's insurer");
    public static readonly RuleDefinition PayAlea = new("R-PAY-ALEA", "L1142-1 II", "a therapeutic hazard above the gravity threshold: ONIAM");
    public static readonly RuleDefinition PayNoso = new("R-PAY-NOSO", "L1142-1-1 1°; L1142-21 I", "nosocomial infection with AIPP above 25 % or death: ONIAM, task SIGNAL_ARS");
    public static readonly RuleDefinition PayNosoEstab = new("R-PAY-NOSO-ESTAB", "L1142-1 I al. 2", "nosocomial infection below those figures: the establishment's insurer");
    public static readonly RuleDefinition PayCap = new("R-PAY-CAP", "L1142-21 III; L426-1 code des assurances", "liable self-employed professional, cover expired or cap exceeded: guarantee fund, GUARANTEE_FUND");
    public static readonly RuleDefinition PayUninsured = new("R-PAY-UNINSURED", "L1142-15; L1142-24-17", "not insured, or insurer refusing or silent: ONIAM may substitute, ONIAM_SUBSTITUTION_POSSIBLE");
    // Third-party payers
    public static readonly RuleDefinition TpCaisse = new("R-TP-CAISSE", "L376-1 code de la sécurité sociale", "the victim's social-security fund must be known (blocking), then notified: NOTIFY_CAISSE");
    public static readonly RuleDefinition TpNir = new("R-TP-NIR", "L376-1; clé NIR (97 − n mod 97)", "the NIR must pass its key check, else NIR_INVALID");
    // Special schemes
    public static readonly RuleDefinition SchemeValproate = new("R-SCHEME-VALPROATE", "L1142-24-9 et suivants; L1142-24-16; L1142-24-17", "sodium valproate: ONIAM's dedicated scheme, SCHEME_VALPROATE");
    public static readonly RuleDefinition SchemeOther = new("R-SCHEME-OTHER", "L1142-24-1 et suivants; L3111-9; L1221-14", "benfluorex, mandatory vaccination, transfusion: SCHEME_ONIAM_DIRECT");
    // Completeness and clocks
    public static readonly RuleDefinition Completeness = new("COMPLETENESS", "fiche service-public « Pièces à joindre »; cerfa n°12245*03", "required pieces and cerfa fields, each blocking or to request; the complete date", RuleKind.Step);
    public static readonly RuleDefinition AvisDue = new("D-AVIS-6M", ServicePublic, "the avis is due 6 months after the dossier became complete", RuleKind.Clock);
    public static readonly RuleDefinition ExpertReportBeforeMeeting = new("D-EXPERT-10D", ServicePublic, "the expert report reaches every party at least 10 days before the CCI meeting", RuleKind.Clock);
    public static readonly RuleDefinition OfferDue = new("D-OFFER-4M", $"{ServicePublic}; L1142-14", "the insurer's offer is due 4 months after the avis (2 months after being told of consolidation, for the final offer)", RuleKind.Clock);
    public static readonly RuleDefinition PaymentDue = new("D-PAY-1M", ServicePublic, "payment is due 1 month after the offer is accepted", RuleKind.Clock);
    public static readonly RuleDefinition PrescriptionClock = new("D-PRESCRIPTION-10Y", "L1142-28", "10 years after consolidation", RuleKind.Clock);

    public static readonly IReadOnlyList<RuleDefinition> All =
    [
        GravAipp, GravAtap, GravDft, GravInapt, GravTroubles, GravBorderline,
        ProcAmiable, ProcConcil, ProcUnknown,
        AdmPrescription, AdmTemporal, AdmStanding, AdmOtherProceedings,
        PayFault, PayAlea, PayNoso, PayNosoEstab, PayCap, PayUninsured,
        TpCaisse, TpNir, SchemeValproate, SchemeOther,
        Completeness, AvisDue, ExpertReportBeforeMeeting, OfferDue, PaymentDue, PrescriptionClock,
    ];

    private static readonly Dictionary<string, RuleDefinition> ByCode = All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    public static RuleDefinition? Find(string code) => ByCode.GetValueOrDefault(code);
}

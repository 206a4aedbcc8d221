namespace Intake.Domain.Rules;

/// <summary>Who raises a flag, and so whether the evaluation scores it.</summary>
public enum FlagScope
{
    /// <summary>A flag of docs/rules.md, raised by the rules engine on a dossier: the scored vocabulary.</summary>
    Rules,
    /// <summary>Intake's own marker on a dossier (not in the legal rules, never scored).</summary>
    Intake,
    /// <summary>A marker on one logical document, set by the page classifier and splitter (never scored).</summary>
    Document,
}

/// <summary>One flag: its code, the French label a reviewer reads, what it means and which rule raises it.</summary>
public sealed record FlagDefinition(string Code, string Label, string Meaning, string RaisedBy, FlagScope Scope);

/// <summary>
/// The flag catalogue (docs/rules.md, "Flags"): every flag code the system writes, with its French label. The
/// dashboard's labels, the evaluation's scored vocabulary and the tests derive from it.
/// </summary>
public static class FlagCatalog
{
    /// <summary>Document flags of the page classifier (Intake.Classification's PageFlags spells the same codes).</summary>
    public const string LowConfidencePage = "LOW_CONFIDENCE_PAGE";
    public const string SmoothedPage = "SMOOTHED_PAGE";

    public static readonly IReadOnlyList<FlagDefinition> All =
    [
        new(FlagCodes.BorderlineGravity, "Gravité à la limite du seuil",
            "a figure of the gravity test is within the borderline margins (AIPP 24 or 25, a period or window within 7 days of the mark, a DFT rate 45–55)",
            "R-GRAV-BORDERLINE", FlagScope.Rules),
        new(FlagCodes.ExceptionalGroundToConfirm, "Motif exceptionnel à confirmer",
            "the documents assert definitive unfitness or particularly serious disturbance: the threshold is met on an exceptional ground a reviewer must confirm",
            "R-GRAV-INAPT, R-GRAV-TROUBLES", FlagScope.Rules),
        new(FlagCodes.GravityUnknown, "Gravité inconnue",
            "no ground holds and no AIPP is known from any source: no procedure is proposed (the dossier usually awaits an expert report)",
            "R-PROC-UNKNOWN", FlagScope.Rules),
        new(FlagCodes.PrescriptionLikely, "Prescription probable",
            "the claim was received more than 10 years after consolidation (a reviewer checks whether the delay was suspended)",
            "R-ADM-PRESCRIPTION", FlagScope.Rules),
        new(FlagCodes.NotConsolidated, "Non consolidé",
            "the retained source says the damage is not consolidated: any offer will be provisional",
            "R-ADM-PRESCRIPTION", FlagScope.Rules),
        new(FlagCodes.ActBefore20010905, "Acte antérieur au 5 septembre 2001",
            "the act predates the 2002 law's compensation scheme: conciliation only",
            "R-ADM-TEMPORAL", FlagScope.Rules),
        new(FlagCodes.StandingMismatch, "Qualité du demandeur à vérifier",
            "the filer's capacity does not match the victim's situation (minor, protected, deceased)",
            "R-ADM-STANDING", FlagScope.Rules),
        new(FlagCodes.ParallelProceedings, "Procédure judiciaire parallèle",
            "the claimant declares a court case on the same facts, pending or planned",
            "R-ADM-OTHER-PROCEEDINGS", FlagScope.Rules),
        new(FlagCodes.GuaranteeFund, "Fonds de garantie",
            "a liable self-employed professional's cover expired or its cap is exceeded: the guarantee fund of L426-1 code des assurances is called in",
            "R-PAY-CAP", FlagScope.Rules),
        new(FlagCodes.OniamSubstitutionPossible, "Substitution ONIAM possible",
            "the professional is not insured, or the insurer refused or stayed silent: ONIAM may substitute",
            "R-PAY-UNINSURED", FlagScope.Rules),
        new(FlagCodes.NirInvalid, "N° de sécurité sociale invalide",
            "a NIR on the form or on a social-security certificate fails its key check",
            "R-TP-NIR", FlagScope.Rules),
        new(FlagCodes.SchemeValproate, "Dispositif valproate",
            "the damage is attributed to sodium valproate: ONIAM's dedicated scheme",
            "R-SCHEME-VALPROATE", FlagScope.Rules),
        new(FlagCodes.SchemeOniamDirect, "Dispositif ONIAM direct",
            "another scheme handled directly by ONIAM applies (benfluorex, mandatory vaccination, transfusion)",
            "R-SCHEME-OTHER", FlagScope.Rules),
        new(FlagCodes.LowConfidenceInput, "Donnée peu fiable",
            "some rule rested on a value read with a confidence below the rule set's threshold",
            "rules engine (any rule)", FlagScope.Intake),
        new(FlagCodes.CompleteDateToConfirm, "Date de complétude à confirmer",
            "the rules now compute another complete date than the stored one, which is kept (the 6-month clock never moves silently)",
            "stage 8, routing", FlagScope.Intake),
        new(LowConfidencePage, "Page au type incertain",
            "a page of the document was classified with a low confidence",
            "stage 3, page classifier", FlagScope.Document),
        new(SmoothedPage, "Page reclassée par le découpage",
            "a page's predicted type was replaced by its neighbours' when the file was split into documents",
            "stage 4, splitter", FlagScope.Document),
    ];

    private static readonly Dictionary<string, FlagDefinition> ByCode = All.ToDictionary(f => f.Code, StringComparer.Ordinal);

    /// <summary>The flags of docs/rules.md: the only ones the evaluation scores.</summary>
    public static readonly IReadOnlySet<string> Scored =
        All.Where(f => f.Scope == FlagScope.Rules).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);

    public static FlagDefinition? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The French label of a flag; the code itself for an unknown flag.</summary>
    public static string Label(string code) => Find(code)?.Label ?? code;
}

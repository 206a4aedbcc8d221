namespace Intake.Domain.Rules;

/// <summary>
/// Likely payer, orientation only (docs/rules.md def. 10, in this order): R-PAY-NOSO / R-PAY-NOSO-ESTAB, R-PAY-FAULT /
/// R-PAY-CAP, R-PAY-ALEA, then R-PAY-UNINSURED. Only an expert report's findings set a payer.
/// </summary>
internal static class LikelyPayerRule
{
    public static string? Evaluate(RuleContext ctx, GravityAssessment gravity, bool? actBeforeLaw, RuleRun run)
    {
        var payer = Orient(ctx, gravity, actBeforeLaw, run);
        if (payer != Outcomes.Assureur) return payer;

        var absent = ctx.Facts["assurance.absente"];
        var refusal = ctx.Facts["assurance.refus"];
        bool substitute = absent?.AsBool == true || refusal?.AsBool == true;
        if (substitute) run.Flag(FlagCodes.OniamSubstitutionPossible);
        run.Record(RuleCatalog.PayUninsured, substitute ? RuleOutcome.Met : RuleOutcome.NotMet,
            substitute
                ? "Le professionnel n'est pas assuré ou son assureur refuse ou reste silencieux : l'ONIAM peut se substituer à l'assureur."
                : "Rien n'indique un défaut d'assurance ou un refus de l'assureur.",
            RuleRun.In(absent), RuleRun.In(refusal));
        return substitute ? Outcomes.Oniam : payer;
    }

    private static string? Orient(RuleContext ctx, GravityAssessment gravity, bool? actBeforeLaw, RuleRun run)
    {
        var facts = ctx.Facts;
        var noso = facts["expertise.infection_nosocomiale"];
        int? aipp = gravity.AippRetained;
        var aippInput = RuleRun.Derived("aipp_retenue", aipp);

        // (a) nosocomial infection found by the report
        if (noso?.AsBool == true)
        {
            bool deceased = ctx.IsDeceased;
            if (aipp > ctx.Set.NosocomialAippStrictlyAbove || deceased)
            {
                run.Task(TaskCodes.SignalArs, null);
                run.Record(RuleCatalog.PayNoso, RuleOutcome.Met,
                    deceased
                        ? "Le rapport retient une infection nosocomiale et la victime est décédée : payeur probable l'ONIAM, qui doit la signaler à l'ARS."
                        : $"Le rapport retient une infection nosocomiale avec une AIPP de {aipp} % (plus de {ctx.Set.NosocomialAippStrictlyAbove} %) : payeur probable l'ONIAM, qui doit la signaler à l'ARS.",
                    [RuleRun.In(noso), aippInput, .. ctx.DeathInputs]);
                return Outcomes.Oniam;
            }
            if (aipp is not null)
            {
                run.Record(RuleCatalog.PayNosoEstab, RuleOutcome.Met,
                    $"Le rapport retient une infection nosocomiale avec une AIPP de {aipp} %, sans décès : payeur probable l'assureur de l'établissement.",
                    RuleRun.In(noso), aippInput);
                return Outcomes.Assureur;
            }
            run.Record(RuleCatalog.PayNoso, RuleOutcome.Unknown,
                "Le rapport retient une infection nosocomiale mais l'AIPP est inconnue et aucun décès n'est établi : le payeur dépend d'autres constats.",
                RuleRun.In(noso), aippInput);
        }

        // (b) fault found by the report
        var fault = facts["expertise.faute"];
        if (fault?.AsBool == true)
        {
            var liberal = facts["faits.professionnel_liberal"];
            var expired = facts["assurance.couverture_expiree"];
            var cap = facts["assurance.plafond_depasse"];
            var author = facts.Text("expertise.faute_auteur");
            if (liberal?.AsBool == true && (expired?.AsBool == true || cap?.AsBool == true))
            {
                run.Flag(FlagCodes.GuaranteeFund);
                run.Record(RuleCatalog.PayCap, RuleOutcome.Met,
                    "Le rapport retient la faute d'un professionnel libéral dont la couverture a expiré ou dont le plafond est dépassé : le fonds de garantie est appelé.",
                    RuleRun.In(fault), RuleRun.In(liberal), RuleRun.In(expired), RuleRun.In(cap));
                return Outcomes.FondsGarantie;
            }
            run.Record(RuleCatalog.PayFault, RuleOutcome.Met,
                $"Le rapport retient une faute{(author is null ? "" : $" ({author})")} : payeur probable l'assureur du responsable.",
                RuleRun.In(fault), RuleRun.In(facts["expertise.faute_auteur"]));
            return Outcomes.Assureur;
        }

        // (c) therapeutic hazard above the threshold, act within the 2002 law
        var alea = facts["expertise.alea"];
        if (alea?.AsBool == true)
        {
            bool met = gravity.Result.Outcome == Outcomes.Grave && actBeforeLaw != true;
            run.Record(RuleCatalog.PayAlea, met ? RuleOutcome.Met : RuleOutcome.NotMet,
                met
                    ? "Le rapport retient un aléa thérapeutique et le seuil de gravité est atteint : payeur probable l'ONIAM (solidarité nationale)."
                    : actBeforeLaw == true
                        ? "Le rapport retient un aléa thérapeutique, mais l'acte est antérieur au 05/09/2001 : aucun payeur au titre de la solidarité nationale."
                        : "Le rapport retient un aléa thérapeutique, mais le seuil de gravité n'est pas atteint : aucun payeur proposé.",
                RuleRun.In(alea), RuleRun.Derived("gravity", gravity.Result.Outcome), RuleRun.Derived("act_before_2001_09_05", actBeforeLaw));
            if (met) return Outcomes.Oniam;
            return null;
        }

        // (d)
        run.Record(RuleCatalog.PayFault, RuleOutcome.Unknown,
            "Aucun rapport d'expertise ne retient de faute, d'aléa ni d'infection nosocomiale : pas de payeur proposé (une déclaration du formulaire ne suffit pas).",
            RuleRun.In(noso), RuleRun.In(fault), RuleRun.In(alea));
        return null;
    }
}
